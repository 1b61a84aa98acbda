package qc.trousse.store;

/**
 * Why the office's database could not be used. The message names the database by its address without the
 * password, and the driver's own text is kept out of it (it is English and may name the server's internals).
 */
public final class ServerStoreException extends StoreOpenException {
    public enum Reason {
        EMPTY_URL,
        BAD_URL,
        WRONG_PASSWORD,
        NO_PASSWORD,
        UNREACHABLE,
        NO_DATABASE,
        /** The database holds tables of another application. */
        FOREIGN,
        NEWER,
        OLD_SERVER,
        /** The schema is older than the app and the role connected may not change tables. */
        NEEDS_OWNER,
        /** `store push` wants an empty database. */
        NOT_EMPTY,
        IO;
    }

    private final Reason reason;

    public ServerStoreException(Reason reason, String where, String detail, Throwable cause) {
        super(reason, "server", where, detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
