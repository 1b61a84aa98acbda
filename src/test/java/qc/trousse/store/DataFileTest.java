package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.office.OfficeProfile;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFileTest {
    @TempDir
    Path dir;

    static String pragma(DataFile file, String name) throws Exception {
        try (Statement s = file.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void createsTheFileAndItsFolderWithWalAndForeignKeys() throws Exception {
        Path path = dir.resolve("sous-dossier/trousse.db");
        try (DataFile file = DataFile.open(path)) {
            assertThat(pragma(file, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(file, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(file, "user_version")).isEqualTo(String.valueOf(Migrations.CURRENT));
            assertThat(pragma(file, "application_id")).isEqualTo(String.valueOf(Migrations.APPLICATION_ID));
        }
        assertThat(path).exists();
        // The lock file stays (only the OS lock is released), and the file opens again at once.
        assertThat(FileLock.lockFileOf(path)).exists();
        DataFile.open(path).close();
    }

    @Test
    void aProfileSurvivesClosingAndReopening() throws Exception {
        Path path = dir.resolve("trousse.db");
        OfficeProfile saved = OfficeProfile.EMPTY.withMnaName("Marie-Ève Tremblay").withRiding("373", "Montréal");
        try (DataFile file = DataFile.open(path)) {
            new ProfileRepository(file).save(OfficeProfile.EMPTY, saved);
        }
        try (DataFile file = DataFile.open(path)) {
            assertThat(new ProfileRepository(file).load()).isEqualTo(saved);
        }
    }

    @Test
    void aSecondOpenOfTheSameFileIsRefusedAndSaysWhoHoldsIt() throws Exception {
        Path path = dir.resolve("trousse.db");
        try (DataFile first = DataFile.open(path)) {
            assertThatThrownBy(() -> DataFile.open(path))
                    .isInstanceOfSatisfying(DataFileException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DataFileException.Reason.LOCKED);
                        assertThat(e.detail()).contains("pid " + ProcessHandle.current().pid());
                    });
        }
        DataFile.open(path).close();
    }

    @Test
    void aTextFileRenamedDbIsRefusedAndLeftUnchanged() throws Exception {
        Path path = Files.writeString(dir.resolve("notes.db"), "Liste des invités\nMarie;Jean\n");
        byte[] before = Files.readAllBytes(path);
        assertThatThrownBy(() -> DataFile.open(path)).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.NOT_SQLITE));
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
        assertThat(dir.toFile().list()).containsExactly("notes.db");
    }

    @Test
    void aDamagedFileIsRefusedAndLeftByteForByte() throws Exception {
        Path path = dir.resolve("trousse.db");
        try (DataFile file = DataFile.open(path)) {
            ProfileRepository repo = new ProfileRepository(file);
            repo.save(OfficeProfile.EMPTY, OfficeProfile.EMPTY.withMnaName("x".repeat(5000)));
            try (Statement s = file.connection().createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        corrupt(path);
        byte[] before = Files.readAllBytes(path);
        assertThatThrownBy(() -> DataFile.open(path)).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.DAMAGED));
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
    }

    static void corrupt(Path path) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw")) {
            // Page 2 onwards holds the tables: scribble over a page's header and cells.
            for (long at = 4096; at < raf.length(); at += 4096) {
                raf.seek(at);
                raf.write(new byte[]{0x0d, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f});
            }
        }
    }

    @Test
    void aForeignSqliteFileIsRefusedAndLeftUnchanged() throws Exception {
        Path path = dir.resolve("autre.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE clients(nom TEXT)");
        }
        byte[] before = Files.readAllBytes(path);
        assertThatThrownBy(() -> DataFile.open(path)).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.FOREIGN));
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        Path path = dir.resolve("futur.db");
        DataFile.open(path).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migrations.CURRENT + 5));
        }
        byte[] before = Files.readAllBytes(path);
        assertThatThrownBy(() -> DataFile.open(path)).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.NEWER));
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftUnchanged() throws Exception {
        Path path = dir.resolve("lecture.db");
        DataFile.open(path).close();
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(path);
        assertThatThrownBy(() -> DataFile.open(path)).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.READ_ONLY));
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
    }

    @Test
    void saveCopyMakesAConsistentFileThatOpensOnItsOwn() throws Exception {
        Path path = dir.resolve("trousse.db");
        Path copy = dir.resolve("cle-usb/copie.db");
        Files.createDirectories(copy.getParent());
        OfficeProfile saved = OfficeProfile.EMPTY.withMnaName("Jean Rousseau");
        try (DataFile file = DataFile.open(path)) {
            new ProfileRepository(file).save(OfficeProfile.EMPTY, saved);
            file.saveCopy(copy);
        }
        assertThat(DataFile.inspect(copy).version()).isEqualTo(Migrations.CURRENT);
        try (DataFile file = DataFile.open(copy)) {
            assertThat(new ProfileRepository(file).load().mnaName()).isEqualTo("Jean Rousseau");
        }
    }

    @Test
    void messagesNameTheFileInBothLanguages() throws Exception {
        Path path = Files.writeString(dir.resolve("notes.db"), "texte");
        DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class,
                () -> DataFile.open(path));
        qc.trousse.i18n.I18n.setLanguage(qc.trousse.i18n.Lang.EN);
        try {
            assertThat(e.userMessage()).contains(path.toString()).contains("not a Trousse JPS file");
        } finally {
            qc.trousse.i18n.I18n.setLanguage(qc.trousse.i18n.Lang.FR);
        }
        assertThat(e.userMessage()).contains(path.toString()).contains("n’est pas un fichier Trousse JPS");
    }

    @Test
    void checkingAClosedFileLeavesNothingBesideIt() throws Exception {
        Path path = dir.resolve("verifie.db");
        DataFile.open(path).close();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("verifie.db", "verifie.db.lock");
        assertThat(DataFile.inspect(path).version()).isEqualTo(Migrations.CURRENT);
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("verifie.db", "verifie.db.lock");
    }

    @Test
    void checkingAFileThatIsOpenReadsThroughItsLog() throws Exception {
        Path path = dir.resolve("ouvert.db");
        try (DataFile file = DataFile.open(path)) {
            new ProfileRepository(file).save(OfficeProfile.EMPTY, OfficeProfile.EMPTY.withMnaName("Léa"));
            assertThat(DataFile.inspect(path).version()).isEqualTo(Migrations.CURRENT);
        }
    }
}
