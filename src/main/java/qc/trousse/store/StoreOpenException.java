package qc.trousse.store;

import qc.trousse.i18n.I18n;

/**
 * A store could not be opened or written whole: one plain sentence for the user, and nothing was changed. The
 * sentence is the reason's message key filled with where the store is and a detail, the same for a data file and
 * the office's server.
 */
public abstract class StoreOpenException extends Exception {
    private final String key;
    private final String where;
    private final String detail;

    /**
     * @param reason the reason's name, for the log
     * @param key    the reason's message key, filled with {@code where} and {@code detail}
     * @param where  the file or the database's address, never with a password
     * @param detail what more there is to say, or null
     */
    protected StoreOpenException(String reason, String key, String where, String detail, Throwable cause) {
        super(reason + " " + where + (detail == null ? "" : ": " + detail), cause);
        this.key = key;
        this.where = where;
        this.detail = detail == null ? "" : detail;
    }

    public String detail() {
        return detail;
    }

    /** One plain sentence in the current language that names the store; never holds a password. */
    public String userMessage() {
        return I18n.tr(key, where, detail);
    }
}
