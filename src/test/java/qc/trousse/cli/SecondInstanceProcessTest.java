package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.DataFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A real second process on a file this one holds is told so in its language and leaves the file alone. */
class SecondInstanceProcessTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedWhileTheFileIsOpen() throws Exception {
        Path db = dir.resolve("partage.db");
        try (DataFile held = DataFile.open(db)) {
            byte[] before = Files.readAllBytes(db);
            for (String lang : List.of("fr", "en")) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), "qc.trousse.Main",
                        "--lang", lang, "--data", db.toString(), "profile", "set", "--mna", "Intrus")
                        .redirectErrorStream(true).start();
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.exitValue()).isEqualTo(1);
                assertThat(said).contains(lang.equals("fr") ? "déjà ouvert" : "already open")
                        .contains("pid " + ProcessHandle.current().pid());
            }
            assertThat(Files.readAllBytes(db)).isEqualTo(before);
        }
    }
}
