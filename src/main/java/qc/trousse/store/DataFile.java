package qc.trousse.store;

import org.sqlite.SQLiteConfig;
import qc.trousse.work.WholeFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static qc.trousse.store.DataFileException.Reason;

/**
 * The open data file, the default {@link Store}: one SQLite connection, held under a lock. Opening checks
 * everything before writing anything, so a damaged, foreign, newer or read-only file is left byte for byte as it
 * was. What only a file has lives here and beside it: the lock, WAL, quick_check, copies, {@link Backups}.
 */
public final class DataFile implements Store {
    private final Path path;
    private final Connection connection;
    private final FileLock lock;

    private DataFile(Path path, Connection connection, FileLock lock) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
    }

    /** How a file is opened: by the window or by a command, and whether a missing file is created. */
    public record Use(String command, boolean creates) {
        /** The window: opens the default or chosen file, creating it (and its folder) the first time. */
        public static final Use WINDOW = new Use("", true);

        /** A command that reads: a file that does not exist is refused, never created. */
        public static Use reading(String command) {
            return new Use(command, false);
        }

        /** A command that writes into the file (imports, profile set): creates it when missing. */
        public static Use creating(String command) {
            return new Use(command, true);
        }

        LockHolder holder() {
            return command.isEmpty() ? FileLock.window() : FileLock.command(command);
        }
    }

    /** Opens the file for the window, creating it (and its folder) when it does not exist. */
    public static DataFile open(Path file) throws DataFileException {
        return open(file, Use.WINDOW);
    }

    /**
     * Opens the file. An existing file is inspected first on a connection that cannot write (see
     * {@link Inspection}); only a file accepted there is locked and opened read-write, then migrated.
     */
    public static DataFile open(Path file, Use use) throws DataFileException {
        Path path = file.toAbsolutePath().normalize();
        boolean exists = DataFilePath.check(path, use.creates()) && sizeOf(path) > 0;
        if (exists) {
            if (DataFilePath.isReadOnly(path)) {
                throw new DataFileException(Reason.READ_ONLY, path, null);
            }
            DataFilePath.checkFolderWritable(path);
            FileLock.refuseIfHeld(path);
            Inspection.verify(path);
        } else {
            createFolder(path);
        }
        FileLock lock = FileLock.acquire(path, use.holder());
        Connection c = null;
        try {
            c = connect(path);
            if (exists) {
                // Between the inspection and the lock another version may have written: look once more.
                Inspection.checkContent(c, path);
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            Migrations.migrate(c);
            return new DataFile(path, c, lock);
        } catch (DataFileException e) {
            close(c);
            lock.close();
            throw e;
        } catch (SQLException e) {
            close(c);
            lock.close();
            throw new DataFileException(isCorruption(e) ? Reason.DAMAGED : Reason.IO, path, e.getMessage(), e);
        }
    }

    /** Checks a file without writing to it or beside it: integrity and schema version. */
    public static FileVerdict inspect(Path file) throws DataFileException {
        Path path = file.toAbsolutePath().normalize();
        DataFilePath.check(path, false);
        return new FileVerdict(path, Inspection.verify(path), Migrations.CURRENT);
    }

    public Path path() {
        return path;
    }

    /** The connection, for repositories. SQLite serialises access; callers keep statements short. */
    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public String where() {
        return path.toString();
    }

    /** A consistent copy of the open file (VACUUM INTO), safe while edits go on. */
    @Override
    public synchronized void saveCopy(Path target) throws DataFileException {
        Path to = target.toAbsolutePath().normalize();
        if (to.equals(path)) {
            throw new DataFileException(Reason.IO, to, "same file");
        }
        // VACUUM INTO a file beside the target, then the same fsync and atomic rename as every output: a copy
        // cut short by a power cut never replaces a good one.
        Path part = to.resolveSibling("." + to.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            Files.deleteIfExists(part);
            try (Statement s = connection.createStatement()) {
                s.execute("VACUUM INTO '" + part.toString().replace("'", "''") + "'");
            }
            try (var channel = java.nio.channels.FileChannel.open(part, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            WholeFile.moveInto(part, to);
        } catch (IOException | SQLException e) {
            throw new DataFileException(Reason.IO, to, e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the rename failed and so did the clean-up: the hidden part is harmless
            }
        }
    }

    @Override
    public synchronized void close() {
        close(connection);
        lock.close();
    }

    private static Connection connect(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        return DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
    }

    static boolean isCorruption(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("malformed");
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0; // size unknown: taken as a new, empty file, which the opening then checks
        }
    }

    private static void createFolder(Path path) throws DataFileException {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new DataFileException(Reason.IO, path, e.getMessage(), e);
        }
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure: nothing left to save
            }
        }
    }
}
