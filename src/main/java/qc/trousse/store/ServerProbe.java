package qc.trousse.store;

import qc.trousse.office.OfficeProfile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * "Tester la connexion": connects, checks what the database is and reads the office it holds, changing nothing
 * (an older schema is reported, not migrated; that waits for the connection itself).
 */
public final class ServerProbe {
    /** What the database holds. {@code office} is empty unless the schema is the current one. */
    public record Found(int version, boolean empty, OfficeProfile office, boolean offersTls) {
        public boolean needsUpgrade() {
            return !empty && version < Migrations.CURRENT;
        }
    }

    private ServerProbe() {
    }

    /**
     * Whether a row of the office is in a table: the rows every database has from its schema (the version, the id
     * counters, the edition) do not count, so a share cancelled after the tables were made still reads as empty.
     */
    static boolean holdsContent(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.relname FROM pg_class t"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE n.nspname = current_schema() AND t.relkind = 'r'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        tables.removeIf(t -> t.equals("trousse_schema") || StoreCopy.SEEDED.contains(t));
        for (String table : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM \"" + table + "\")")) {
                if (rs.next() && rs.getBoolean(1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Throws the one-line reason when the database cannot be used. */
    public static Found probe(StoreUrl url) throws ServerStoreException {
        Connection c = ServerConnections.connect(url);
        try {
            int version = ServerStore.check(c, url);
            OfficeProfile office = OfficeProfile.EMPTY;
            if (version == Migrations.CURRENT) {
                // The store is only read here; closing it below closes the connection.
                office = new ProfileRepository(new ServerStore(url, c)).load();
            }
            boolean empty = version == 0 || !holdsContent(c);
            return new Found(version, empty, office, TlsProbe.offersTls(c, url));
        } catch (SQLException e) {
            throw ServerConnections.failure(url, e);
        } catch (StoreException e) {
            throw new ServerStoreException(ServerStoreException.Reason.IO, url.where(), "profile", e);
        } finally {
            ServerStore.close(c);
        }
    }
}
