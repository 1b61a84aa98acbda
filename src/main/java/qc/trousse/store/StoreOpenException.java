package qc.trousse.store;

import qc.trousse.i18n.I18n;

/**
 * A store could not be opened or written whole: one plain sentence for the user, and nothing was changed. The
 * sentence is the reason's message, filled with where the store is and a detail, the same for a data file and
 * the office's server. A reason's message key is its family and its name in camel case (DataFileException's
 * NOT_SQLITE says store.notSqlite, ServerStoreException's WRONG_PASSWORD server.wrongPassword), so a reason is
 * added with its message and nothing else.
 */
public abstract class StoreOpenException extends Exception {
    private final String key;
    private final String where;
    private final String detail;

    /**
     * @param reason its name is logged; with the family it names the message, filled with {@code where} and
     *               {@code detail}
     * @param family the first part of the reasons' message keys: store, server
     * @param where  the file or the database's address, never with a password
     * @param detail what more there is to say, or null
     */
    protected StoreOpenException(Enum<?> reason, String family, String where, String detail, Throwable cause) {
        super(reason.name() + " " + where + (detail == null ? "" : ": " + detail), cause);
        this.key = messageKey(family, reason);
        this.where = where;
        this.detail = detail == null ? "" : detail;
    }

    /** NOT_SQLITE in the family store: store.notSqlite. */
    static String messageKey(String family, Enum<?> reason) {
        StringBuilder key = new StringBuilder(family).append('.');
        boolean upper = false;
        for (char c : reason.name().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return key.toString();
    }

    /** The message this failure is told with, before it is filled. */
    public String messageKey() {
        return key;
    }

    public String detail() {
        return detail;
    }

    /** One plain sentence in the current language that names the store; never holds a password. */
    public String userMessage() {
        return I18n.tr(key, where, detail);
    }
}
