package qc.trousse.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static qc.trousse.store.ServerStoreException.Reason;

/** Connecting to the office's server, and saying in one line why it did not work. */
final class ServerConnections {
    private ServerConnections() {
    }

    static Connection connect(StoreUrl url) throws ServerStoreException {
        try {
            return DriverManager.getConnection(url.jdbcUrl(), url.properties());
        } catch (SQLException e) {
            throw failure(url, e);
        }
    }

    /** The SQL state decides, not the driver's English text (which is never shown). */
    static ServerStoreException failure(StoreUrl url, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        Reason reason = switch (state) {
            case "28P01", "28000" -> url.hasPassword() ? Reason.WRONG_PASSWORD : Reason.NO_PASSWORD;
            case "3D000" -> Reason.NO_DATABASE;
            default -> state.startsWith("08") || causedBy(e, ConnectException.class)
                    || causedBy(e, UnknownHostException.class) ? unreachableOr(url, e) : Reason.IO;
        };
        String detail = reason == Reason.IO ? state : url.user();
        return new ServerStoreException(reason, url.where(), detail, reason == Reason.IO ? e : null);
    }

    private static Reason unreachableOr(StoreUrl url, SQLException e) {
        // The driver reports "the server asked for a password and none was given" as a connection error.
        return !url.hasPassword() && String.valueOf(e.getMessage()).contains("password") ? Reason.NO_PASSWORD
                : Reason.UNREACHABLE;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tables and views in the schema the role works in, including those it has no right on (which
     * information_schema would hide from the staff's role).
     */
    static int tableCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM pg_class t"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p', 'v', 'm', 'f')")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static boolean isOurs(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT application_id FROM trousse_schema")) {
            return rs.next() && rs.getLong(1) == Migrations.APPLICATION_ID;
        }
    }
}
