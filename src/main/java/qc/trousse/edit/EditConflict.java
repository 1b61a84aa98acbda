package qc.trousse.edit;

/**
 * An edit based on a row someone else changed or deleted meanwhile (on the office's shared database): it was
 * not written, so nobody's change was overwritten. The service has read the row again; the user decides.
 */
public final class EditConflict extends RuntimeException {
    private final String table;
    private final long id;
    private final boolean deleted;

    public EditConflict(String table, long id, boolean deleted) {
        super(table + " " + id + (deleted ? " deleted" : " changed") + " by someone else");
        this.table = table;
        this.id = id;
        this.deleted = deleted;
    }

    /** The kind of row, as the store names it ("recipient"). */
    public String table() {
        return table;
    }

    public long id() {
        return id;
    }

    /** The row is gone (deleted by someone else), rather than changed. */
    public boolean deleted() {
        return deleted;
    }

    /** The message key of the one sentence the user sees. */
    public String messageKey() {
        return deleted ? "conflict.deleted" : "conflict.changed";
    }
}
