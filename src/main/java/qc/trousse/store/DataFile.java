package qc.trousse.store;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static qc.trousse.store.DataFileException.Reason;

/**
 * The open data file, the default {@link Store}: one SQLite connection, held under a lock. Opening checks
 * everything before writing anything, so a damaged, foreign, newer or read-only file is left byte for byte as it
 * was. What only a file has lives here and beside it: the lock, WAL, quick_check, copies, {@link Backups}.
 */
public final class DataFile implements Store {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private final Path path;
    private final Connection connection;
    private final FileLock lock;

    private DataFile(Path path, Connection connection, FileLock lock) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
    }

    /** Opens the file, creating it (and its folder) when it does not exist. */
    public static DataFile open(Path file) throws DataFileException {
        Path path = file.toAbsolutePath().normalize();
        boolean exists = Files.exists(path) && sizeOf(path) > 0;
        if (exists) {
            checkHeader(path);
            if (isReadOnly(path)) {
                throw new DataFileException(Reason.READ_ONLY, path, null);
            }
        } else {
            createFolder(path);
        }
        FileLock lock = FileLock.acquire(path);
        Connection c = null;
        try {
            c = connect(path);
            if (exists) {
                checkContent(c, path);
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

    /** Checks a file without opening it for writing: integrity and schema version. */
    public static FileVerdict inspect(Path file) throws DataFileException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new DataFileException(Reason.NOT_FOUND, path, null);
        }
        checkHeader(path);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        // With no write-ahead log beside it, nothing is pending: open it immutable so a check creates no
        // -wal/-shm files. With a log, another instance may be writing; read through it as SQLite does.
        boolean quiet = !Files.exists(path.resolveSibling(path.getFileName() + "-wal"));
        String url = quiet ? "jdbc:sqlite:" + path.toUri() + "?immutable=1" : "jdbc:sqlite:" + path;
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        try (Connection c = DriverManager.getConnection(url, config.toProperties())) {
            checkContent(c, path);
            return new FileVerdict(path, Migrations.version(c), Migrations.CURRENT);
        } catch (SQLException e) {
            throw new DataFileException(isCorruption(e) ? Reason.DAMAGED : Reason.IO, path, e.getMessage(), e);
        }
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
        try {
            Files.deleteIfExists(to);
            try (Statement s = connection.createStatement()) {
                s.execute("VACUUM INTO '" + to.toString().replace("'", "''") + "'");
            }
        } catch (IOException | SQLException e) {
            throw new DataFileException(Reason.IO, to, e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        close(connection);
        lock.close();
    }

    private static void checkHeader(Path path) throws DataFileException {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(path)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new DataFileException(Reason.NOT_SQLITE, path, null);
            }
        } catch (IOException e) {
            throw new DataFileException(Reason.IO, path, e.getMessage(), e);
        }
    }

    private static void checkContent(Connection c, Path path) throws SQLException, DataFileException {
        try (Statement s = c.createStatement()) {
            int appId;
            try (var rs = s.executeQuery("PRAGMA application_id")) {
                appId = rs.next() ? rs.getInt(1) : 0;
            }
            int tables;
            try (var rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                tables = rs.next() ? rs.getInt(1) : 0;
            }
            if (appId != Migrations.APPLICATION_ID && (appId != 0 || tables > 0)) {
                throw new DataFileException(Reason.FOREIGN, path, null);
            }
            try (var rs = s.executeQuery("PRAGMA quick_check")) {
                String verdict = rs.next() ? rs.getString(1) : "";
                if (!"ok".equals(verdict)) {
                    throw new DataFileException(Reason.DAMAGED, path, verdict);
                }
            }
            int version = Migrations.version(c);
            if (version > Migrations.CURRENT) {
                throw new DataFileException(Reason.NEWER, path, String.valueOf(version));
            }
        }
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

    /**
     * Read-only as the user marked it: no write permission bit (or the DOS read-only flag), even for an
     * administrator whom the OS would let write anyway.
     */
    static boolean isReadOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return Files.getPosixFilePermissions(path).stream().noneMatch(p -> p.name().endsWith("_WRITE"));
            }
            if (Files.getFileStore(path).supportsFileAttributeView(DosFileAttributeView.class)) {
                return Files.readAttributes(path, DosFileAttributes.class).isReadOnly();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
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
