package qc.trousse.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import static qc.trousse.store.DataFileException.Reason;

/**
 * Looks at a data file without writing one byte to it, to its -wal or to its -shm: a file refused as damaged,
 * foreign or newer must be exactly what a recovery or a newer version would have found. A read-write connection
 * would checkpoint a pending log into the file on close and delete the log; SQLite's read-only mode alone still
 * rebuilds the -shm index. So every file is read on a connection that cannot write anything:
 * <ul>
 * <li>no log beside it: {@code immutable=1} (nothing is pending, no -wal/-shm is created);</li>
 * <li>a log and its index: {@code mode=ro&readonly_shm=1} (reads through the log, writes neither);</li>
 * <li>a log without its index (copied by hand): a private copy of the two is read, never the originals.</li>
 * </ul>
 */
final class Inspection {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private Inspection() {
    }

    /** The schema version of a file that is ours, sound and not newer; otherwise the reason it is refused. */
    static int verify(Path path) throws DataFileException {
        checkHeader(path);
        Path wal = sibling(path, "-wal");
        if (Files.exists(wal) && !Files.exists(sibling(path, "-shm"))) {
            return verifyCopy(path, wal);
        }
        String query = Files.exists(wal) ? "?mode=ro&readonly_shm=1" : "?immutable=1";
        return verifyAt(path, "jdbc:sqlite:" + path.toUri() + query);
    }

    static Path sibling(Path path, String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    private static int verifyAt(Path shown, String url) throws DataFileException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        try (Connection c = DriverManager.getConnection(url, config.toProperties())) {
            return checkContent(c, shown);
        } catch (SQLException e) {
            throw new DataFileException(DataFile.isCorruption(e) ? Reason.DAMAGED : Reason.IO, shown,
                    e.getMessage(), e);
        }
    }

    private static int verifyCopy(Path path, Path wal) throws DataFileException {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("trousse-verification");
            Path copy = folder.resolve("copie.db");
            Files.copy(path, copy);
            Files.copy(wal, sibling(copy, "-wal"));
            return verifyAt(path, "jdbc:sqlite:" + copy.toUri() + "?mode=ro");
        } catch (IOException e) {
            throw new DataFileException(Reason.IO, path, e.getMessage(), e);
        } finally {
            deleteTree(folder);
        }
    }

    static void checkHeader(Path path) throws DataFileException {
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

    /** Ours (application id, or an empty file), sound (quick_check) and not from a newer version. */
    static int checkContent(Connection c, Path path) throws SQLException, DataFileException {
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
            return version;
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a private copy in the temporary folder: the system cleans it if we cannot
        }
    }
}
