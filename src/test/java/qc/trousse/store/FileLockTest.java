package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The single-writer lock: its file stays, only the OS lock is released, and its holder is always named. */
class FileLockTest {
    @TempDir
    Path dir;

    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void aProcessWaitingOnTheLockFileCannotTakeItWhileTheNextHolderHasIt() throws Exception {
        Path file = dir.resolve("bureau.db");
        DataFile first = DataFile.open(file);
        // A second process opened the lock file while the first held it, and will try again.
        try (FileChannel waiting = FileChannel.open(FileLock.lockFileOf(file), StandardOpenOption.WRITE)) {
            first.close();
            assertThat(FileLock.lockFileOf(file)).exists();
            try (DataFile next = DataFile.open(file)) {
                // With the lock file deleted and made again, the waiting one would lock the old file and also
                // believe it holds the data file. It is the same file, so it finds it held.
                assertThatThrownBy(waiting::tryLock).isInstanceOf(OverlappingFileLockException.class);
            }
        }
    }

    @Test
    void aCommandHoldingTheFileIsNamedWithItsUserMachineAndTime() throws Exception {
        Path file = dir.resolve("bureau.db");
        DataFile.open(file).close();
        try (DataFile held = DataFile.open(file, DataFile.Use.reading("recipients list"))) {
            DataFileException e = refused(file);
            assertThat(e.userMessage()).startsWith("Le fichier " + file + " est déjà ouvert par la commande "
                            + "«\u00a0recipients list\u00a0» lancée par " + System.getProperty("user.name") + " sur ")
                    .contains("(pid " + ProcessHandle.current().pid() + ")").containsPattern("le \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
            I18n.setLanguage(Lang.EN);
            assertThat(e.reason()).isEqualTo(DataFileException.Reason.LOCKED);
            assertThat(refused(file).userMessage()).contains("is already open in the command “recipients list” run by");
        }
    }

    @Test
    void theWindowHoldingTheFileIsNamedAsAWindow() throws Exception {
        Path file = dir.resolve("bureau.db");
        try (DataFile held = DataFile.open(file)) {
            assertThat(refused(file).userMessage()).contains("est déjà ouvert par la fenêtre de Trousse JPS de "
                    + System.getProperty("user.name")).contains("ouverte depuis le ");
        }
    }

    @Test
    void aRecordEmptyCutOrGarbledNamesAnUnknownHolderNeverAnEmptyOne() {
        byte[] whole = FileLock.command("check").record();
        assertThat(LockHolder.parse(whole, whole.length).kind()).isEqualTo(LockHolder.Kind.COMMAND);
        for (int cut : new int[]{0, 1, 20, 60, 90}) {
            LockHolder read = LockHolder.parse(Arrays.copyOf(whole, cut), cut);
            assertThat(read).as("cut at %d", cut).isEqualTo(LockHolder.UNKNOWN);
        }
        byte[] free = LockHolder.FREE.record();
        assertThat(LockHolder.parse(free, free.length)).isEqualTo(LockHolder.UNKNOWN);
        byte[] garbled = "pid 42 (2020)".getBytes(StandardCharsets.UTF_8);
        assertThat(LockHolder.parse(garbled, garbled.length)).isEqualTo(LockHolder.UNKNOWN);
        assertThat(LockHolder.UNKNOWN.describe()).isEqualTo("une autre instance de Trousse JPS, qui vient de l’ouvrir")
                .doesNotContain("()");
    }

    @Test
    void aHolderThatHasNotWrittenItselfYetIsUnknownNotEmpty() throws Exception {
        Path file = dir.resolve("bureau.db");
        DataFile.open(file).close();
        // What a holder killed between taking the OS lock and writing its record leaves: an empty lock file.
        try (FileChannel other = FileChannel.open(FileLock.lockFileOf(file), StandardOpenOption.WRITE)) {
            other.truncate(0);
            try (var held = other.lock()) {
                assertThat(refused(file).userMessage()).contains("déjà ouvert par une autre instance de Trousse JPS")
                        .doesNotContain("()");
            }
        }
        assertThat(Files.size(FileLock.lockFileOf(file))).isZero();
    }

    private static DataFileException refused(Path file) {
        try {
            DataFile.open(file).close();
        } catch (DataFileException e) {
            return e;
        }
        throw new AssertionError("opened a held file");
    }
}
