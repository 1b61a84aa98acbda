package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.office.OfficeProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A refused file with a pending write-ahead log, exactly as a killed process leaves it (the file, its -wal and its
 * -shm, copied while a connection still had them open), is left byte for byte: the file, the log and its index,
 * and nothing is added beside them, whether it is opened or only checked.
 */
class RefusedFileUntouchedTest {
    @TempDir
    Path dir;

    @Test
    void aNewerFileWhoseVersionIsOnlyInItsLogIsRefusedAndLeftWhole() throws Exception {
        Path file = leftByAKill("futur.db", s -> s.execute("PRAGMA user_version = " + (Migrations.CURRENT + 3)),
                true);
        refusedUntouched(file, DataFileException.Reason.NEWER);
    }

    @Test
    void aForeignFileWithAPendingLogIsRefusedAndLeftWhole() throws Exception {
        Path file = leftByAKill("autre.db", s -> s.execute("INSERT INTO clients VALUES ('Marie')"), false);
        refusedUntouched(file, DataFileException.Reason.FOREIGN);
    }

    @Test
    void aDamagedFileWithAPendingLogIsRefusedAndLeftWhole() throws Exception {
        Path file = leftByAKill("abime.db", s -> s.execute("UPDATE setting SET value = 'x' WHERE key = 'k'"), true);
        DataFileTest.corrupt(file);
        refusedUntouched(file, DataFileException.Reason.DAMAGED);
    }

    @Test
    void aLogWithoutItsIndexIsReadOnAPrivateCopy() throws Exception {
        Path file = leftByAKill("sans-index.db", s -> s.execute("PRAGMA user_version = 99"), true);
        Files.delete(Path.of(file + "-shm"));
        refusedUntouched(file, DataFileException.Reason.NEWER);
    }

    @Test
    void anAcceptedFileWithAPendingLogOpensWithWhatTheLogHeld() throws Exception {
        Path file = leftByAKill("bon.db", s -> s.execute("INSERT INTO setting(key, value) VALUES ('dans.le.journal', 'oui')"),
                true);
        try (DataFile open = DataFile.open(file)) {
            assertThat(new SettingRepository(open).get("dans.le.journal")).hasValue("oui");
        }
    }

    private interface Step {
        void on(Statement s) throws Exception;
    }

    /** A file whose last change is only in its log: the three files copied while the writer still has them. */
    private Path leftByAKill(String name, Step last, boolean ours) throws Exception {
        Path source = dir.resolve("source").resolve(name);
        Files.createDirectories(source.getParent());
        if (ours) {
            try (DataFile f = DataFile.open(source)) {
                new ProfileRepository(f).save(OfficeProfile.EMPTY, OfficeProfile.EMPTY.withMnaName("x".repeat(9000)));
                new SettingRepository(f).put("k", "v");
            }
        }
        Path copy = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            if (!ours) {
                s.execute("CREATE TABLE clients(nom TEXT)");
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            last.on(s);
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.copy(Path.of(source + suffix), Path.of(copy + suffix));
            }
        }
        assertThat(Files.size(Path.of(copy + "-wal"))).as("a pending log").isPositive();
        return copy;
    }

    private void refusedUntouched(Path file, DataFileException.Reason reason) throws Exception {
        Map<String, String> before = hashes();
        assertThatThrownBy(() -> DataFile.open(file)).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(hashes()).isEqualTo(before);
        assertThatThrownBy(() -> DataFile.inspect(file)).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(hashes()).isEqualTo(before);
    }

    /** Every file of the folder (not the source copies) and its SHA-256. */
    private Map<String, String> hashes() throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                all.put(p.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return all;
    }
}
