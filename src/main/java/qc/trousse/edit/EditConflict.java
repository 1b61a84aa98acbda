package qc.trousse.edit;

/**
 * An edit based on a row someone else changed or deleted meanwhile (on the office's shared database): it was
 * not written, so nobody's change was overwritten. It carries the row as it is now ("theirs", null when it is
 * gone), so the edit can be merged with it ({@link SnapshotEdit#rebase}); {@link #adopt()} makes the store base
 * its next write on their version, and is called only once the user's outcome is about to be written.
 */
public final class EditConflict extends RuntimeException {
    private final String table;
    private final Object key;
    private final Object theirs;
    private final boolean deleted;
    private final transient Runnable adopt;
    private final String member;

    public EditConflict(String table, Object key, Object theirs, boolean deleted, Runnable adopt) {
        this(table, key, theirs, deleted, adopt, "");
    }

    /** @param member who made the change, as the store knows them ("" when it does not) */
    public EditConflict(String table, Object key, Object theirs, boolean deleted, Runnable adopt, String member) {
        super(table + " " + key + (deleted ? " deleted" : " changed") + " by someone else");
        this.table = table;
        this.key = key;
        this.theirs = theirs;
        this.deleted = deleted;
        this.adopt = adopt;
        this.member = member == null ? "" : member;
    }

    /**
     * The staff member who made the colleague's change (or deleted the row), as the office server's change log
     * names them; empty when unknown (a data file keeps no log): the window then says « un collègue ».
     */
    public String member() {
        return member;
    }

    /** The kind of row, as the store names it ("recipient"). */
    public String table() {
        return table;
    }

    /** The row's key: its id (a Long), or its name for the rows named by text (a setting, a template). */
    public Object key() {
        return key;
    }

    /** The row as the colleague left it, in the domain's type (a Guest, a Draft…); null when deleted or unknown. */
    public Object theirs() {
        return theirs;
    }

    /** The row is gone (deleted by someone else), rather than changed. */
    public boolean deleted() {
        return deleted;
    }

    /** From now on, this store's writes of the row are based on the colleague's version. */
    public void adopt() {
        if (adopt != null) {
            adopt.run();
        }
    }

    /** The message key of the one sentence the user sees. */
    public String messageKey() {
        return deleted ? "conflict.deleted" : "conflict.changed";
    }
}
