package qc.trousse.store;

/**
 * Why the office's database could not be used. The message names the database by its address without the
 * password, and the driver's own text is kept out of it (it is English and may name the server's internals).
 */
public final class ServerStoreException extends StoreOpenException {
    public enum Reason {
        EMPTY_URL("server.emptyUrl"),
        BAD_URL("server.badUrl"),
        WRONG_PASSWORD("server.wrongPassword"),
        NO_PASSWORD("server.noPassword"),
        UNREACHABLE("server.unreachable"),
        NO_DATABASE("server.noDatabase"),
        /** The database holds tables of another application. */
        FOREIGN("server.foreign"),
        NEWER("server.newer"),
        OLD_SERVER("server.oldServer"),
        /** The schema is older than the app and the role connected may not change tables. */
        NEEDS_OWNER("server.needsOwner"),
        /** `store push` wants an empty database. */
        NOT_EMPTY("server.notEmpty"),
        IO("server.io");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Reason reason;

    public ServerStoreException(Reason reason, String where, String detail, Throwable cause) {
        super(reason.name(), reason.key(), where, detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
