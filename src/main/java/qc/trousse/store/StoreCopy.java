package qc.trousse.store;

import qc.trousse.work.Progress;

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
    static final java.util.Set<String> SEEDED = java.util.Set.of("id_counter", "edition");

    private StoreCopy() {
    }

    /** Copies the file into the database, which must be empty; returns the rows copied. */
    public static long push(Path source, StoreUrl to) throws StoreOpenException {
        try (DataFile file = DataFile.open(source)) {
            return push(file, to, Progress.NONE);
        } catch (Progress.CancelledException e) {
            throw new IllegalStateException("nothing cancels this copy", e);
        }
    }

    /**
     * Copies a file already open (the window's) into the database, which must be empty, telling the rows done;
     * cancelled, the transaction is rolled back and the database holds no row of the file.
     */
    public static long push(DataFile file, StoreUrl to, Progress progress)
            throws StoreOpenException, Progress.CancelledException {
        try (ServerStore server = ServerStore.open(to)) {
            Connection target = server.connection();
            synchronized (server) {
                try {
                    List<String> tables = TableCopy.tables(file.connection());
                    if (!mayWriteLog(target)) {
                        // The staff's role only reads the log: the file's own lines (rare: a copy once pulled) stay.
                        tables = tables.stream().filter(t -> !t.equals("change_log")).toList();
                    }
                    for (String table : tables) {
                        if (!SEEDED.contains(table) && TableCopy.count(target, table) > 0) {
                            throw new ServerStoreException(ServerStoreException.Reason.NOT_EMPTY, to.where(), table,
                                    null);
                        }
                    }
                    // The window's own file: its edits wait while it is read, so the copy is one instant of it.
                    List<String> copied = tables;
                    synchronized (file) {
                        CopiedRows rows = new CopiedRows(progress, TableCopy.total(file.connection(), copied));
                        Transactions.run(target, () -> {
                            // The file's rows are not the pusher's edits: the log gets the file's own lines only.
                            quiet(target);
                            TableCopy.copy(file.connection(), target, copied, rows);
                            try (Statement s = target.createStatement()) {
                                s.execute("SELECT trousse_log_resync()");
                            }
                        });
                        return rows.done;
                    }
                } catch (CopiedRows.Cancelled e) {
                    throw new Progress.CancelledException();
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
        try {
            return pull(server, target, Progress.NONE);
        } catch (Progress.CancelledException e) {
            throw new IllegalStateException("nothing cancels this copy", e);
        }
    }

    /** The same, telling the rows done; cancelled, no file is left at the target. */
    public static long pull(ServerStore server, Path target, Progress progress)
            throws DataFileException, Progress.CancelledException {
        Path to = target.toAbsolutePath().normalize();
        Path part = to.resolveSibling(to.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            long rows;
            try (DataFile file = DataFile.open(part)) {
                rows = snapshotInto(server, file, progress);
            }
            Files.move(part, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(part.resolveSibling(part.getFileName() + ".lock"));
            return rows;
        } catch (CopiedRows.Cancelled e) {
            deleteQuietly(part);
            throw new Progress.CancelledException();
        } catch (IOException | SQLException | StoreException e) {
            deleteQuietly(part);
            throw new DataFileException(DataFileException.Reason.IO, to, e.getMessage(), e);
        } catch (DataFileException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    private static long snapshotInto(ServerStore server, DataFile file, Progress progress) throws SQLException {
        Connection source = server.connection();
        List<String> tables = TableCopy.tables(file.connection());
        synchronized (server) {
            boolean auto = source.getAutoCommit();
            int isolation = source.getTransactionIsolation();
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                // Every table read in one repeatable-read transaction: the copy is one instant of the database.
                CopiedRows rows = new CopiedRows(progress, TableCopy.total(source, tables));
                Transactions.run(file.connection(), () -> TableCopy.copy(source, file.connection(), tables, rows));
                source.commit();
                return rows.done;
            } finally {
                source.rollback();
                source.setAutoCommit(auto);
                source.setTransactionIsolation(isolation);
            }
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
            Files.deleteIfExists(part.resolveSibling(part.getFileName() + "-wal"));
            Files.deleteIfExists(part.resolveSibling(part.getFileName() + "-shm"));
            Files.deleteIfExists(part.resolveSibling(part.getFileName() + ".lock"));
        } catch (IOException ignored) {
            // a leftover .part file is never opened as the office's file
        }
    }
}
