package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file held by this process stays held for other processes after a second open here was refused and after a
 * `check` here: on POSIX systems closing any handle of the lock file would drop this process's lock on it. The
 * other process is told it is a command, with its name.
 */
class HeldLockProcessTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedSecondOpenHereDoesNotLetAnotherProcessIn() throws Exception {
        Path db = dir.resolve("partage.db");
        DataFile.open(db).close();
        try (DataFile held = DataFile.open(db, DataFile.Use.reading("recipients list"))) {
            assertThatThrownBy(() -> DataFile.open(db)).isInstanceOf(DataFileException.class);
            DataFile.inspect(db);
            byte[] before = Files.readAllBytes(db);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "qc.trousse.Main",
                    "--data", db.toString(), "profile", "set", "--mna", "Intrus")
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(said).isEqualTo(1);
            assertThat(said.strip()).startsWith("Le fichier " + db + " est déjà ouvert par la commande "
                    + "«\u00a0recipients list\u00a0»").contains("pid " + ProcessHandle.current().pid())
                    .doesNotContain("()").hasLineCount(1);
            assertThat(Files.readAllBytes(db)).isEqualTo(before);
        }
    }
}
