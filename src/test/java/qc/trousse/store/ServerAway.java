package qc.trousse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The office's server made unreachable for real under an open store (ADR 0020), for the journal's tests: the
 * database stops taking connections and the store's own server process is ended from the server's side, as a
 * restart or a dropped Wi-Fi ends it; the colleagues' processes stay.
 */
final class ServerAway {
    private ServerAway() {
    }

    static void away(TestDatabase db, ServerStore store) throws Exception {
        int pid = store.connection().unwrap(org.postgresql.PGConnection.class).getBackendPID();
        try (Connection app = ServerConnections.connect(db.app()); Connection admin = admin();
             Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS false");
            // The staff's role may end its own processes; the owner is not a superuser.
            try (PreparedStatement ps = app.prepareStatement("SELECT pg_terminate_backend(?)")) {
                ps.setInt(1, pid);
                ps.execute();
            }
        }
    }

    static void back(TestDatabase db) throws Exception {
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS true");
        }
    }

    /** From another database: PostgreSQL refuses to close the one the statement runs in. */
    private static Connection admin() throws Exception {
        return ServerConnections.connect(StoreUrl.parse(System.getenv("TROUSSE_TEST_PG")));
    }

    static String onServer(Connection owner, String sql) throws Exception {
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The first sending that wrote or refused something (a try while still away sends nothing). */
    static KeptEditsSent firstDone(BlockingQueue<KeptEditsSent> sendings) throws InterruptedException {
        KeptEditsSent sent = sendings.poll(60, TimeUnit.SECONDS);
        while (sent != null && sent.sent() == 0 && sent.unsent() == 0) {
            sent = sendings.poll(60, TimeUnit.SECONDS);
        }
        return sent;
    }
}
