package qc.trousse.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An office's data moved whole between its file and its server: {@code store push} into an empty database, in
 * one transaction there; {@code store pull} into a new file, from one snapshot of the server, renamed into place
 * only when complete. The tables are the file's, in the order the schema made them (parents before children).
 */
public final class StoreCopy {
    /**
     * Rows every store has from its migrations (the id counters, the edition row of a new file): copied over, not
     * counted as content when the database must be empty.
     */
    private static final java.util.Set<String> SEEDED = java.util.Set.of("id_counter", "edition");

    private StoreCopy() {
    }

    /** Copies the file into the database, which must be empty; returns the rows copied. */
    public static long push(Path source, StoreUrl to) throws StoreOpenException {
        try (DataFile file = DataFile.open(source); ServerStore server = ServerStore.open(to)) {
            Connection target = server.connection();
            synchronized (server) {
                try {
                    List<String> tables = tables(file.connection());
                    if (!mayWriteLog(target)) {
                        // The staff's role only reads the log: the file's own lines (rare: a copy once pulled) stay.
                        tables = tables.stream().filter(t -> !t.equals("change_log")).toList();
                    }
                    for (String table : tables) {
                        if (!SEEDED.contains(table) && count(target, table) > 0) {
                            throw new ServerStoreException(ServerStoreException.Reason.NOT_EMPTY, to.where(), table,
                                    null);
                        }
                    }
                    long[] rows = {0};
                    List<String> copied = tables;
                    Transactions.run(target, () -> {
                        // The file's rows are not the pusher's edits: the log gets the file's own lines only.
                        quiet(target);
                        rows[0] = copy(file.connection(), target, copied);
                        try (Statement s = target.createStatement()) {
                            s.execute("SELECT trousse_log_resync()");
                        }
                    });
                    return rows[0];
                } catch (SQLException | StoreException e) {
                    throw new ServerStoreException(ServerStoreException.Reason.IO, to.where(), e.getMessage(), e);
                }
            }
        }
    }

    private static boolean mayWriteLog(Connection server) throws SQLException {
        try (Statement s = server.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT has_table_privilege('change_log', 'INSERT') AND has_table_privilege('change_log', 'DELETE')")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void quiet(Connection server) throws SQLException {
        try (Statement s = server.createStatement()) {
            s.execute("SELECT set_config('trousse.quiet', 'on', true)");
        }
    }

    /** Writes a new SQLite file holding what the database holds at one instant; returns the rows copied. */
    public static long pull(ServerStore server, Path target) throws DataFileException {
        Path to = target.toAbsolutePath().normalize();
        Path part = to.resolveSibling(to.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            long rows;
            try (DataFile file = DataFile.open(part)) {
                rows = snapshotInto(server, file);
            }
            Files.move(part, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } catch (IOException | SQLException | StoreException e) {
            deleteQuietly(part);
            throw new DataFileException(DataFileException.Reason.IO, to, e.getMessage(), e);
        } catch (DataFileException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    private static long snapshotInto(ServerStore server, DataFile file) throws SQLException {
        Connection source = server.connection();
        List<String> tables = tables(file.connection());
        synchronized (server) {
            boolean auto = source.getAutoCommit();
            int isolation = source.getTransactionIsolation();
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                long[] rows = {0};
                // Every table read in one repeatable-read transaction: the copy is one instant of the database.
                Transactions.run(file.connection(), () -> rows[0] = copy(source, file.connection(), tables));
                source.commit();
                return rows[0];
            } finally {
                source.rollback();
                source.setAutoCommit(auto);
                source.setTransactionIsolation(isolation);
            }
        }
    }

    /** The content tables of an SQLite file, in the order the schema created them. */
    static List<String> tables(Connection sqlite) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static long copy(Connection from, Connection to, List<String> tables) throws SQLException {
        long rows = 0;
        for (String table : tables) {
            try (Statement s = to.createStatement()) {
                s.execute("DELETE FROM " + table);
            }
            rows += copyTable(from, to, table);
        }
        return rows;
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        long rows = 0;
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            String sql = "INSERT INTO " + table + "(" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
            try (PreparedStatement ps = to.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        ps.setObject(i, rs.getObject(i));
                    }
                    ps.addBatch();
                    if (++rows % 500 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        return rows;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
            Files.deleteIfExists(part.resolveSibling(part.getFileName() + "-wal"));
            Files.deleteIfExists(part.resolveSibling(part.getFileName() + "-shm"));
        } catch (IOException ignored) {
            // a leftover .part file is never opened as the office's file
        }
    }
}
