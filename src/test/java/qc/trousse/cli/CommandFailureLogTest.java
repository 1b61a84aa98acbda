package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.Logs;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A command's failure is one line for the person and a logged entry with its cause (ADR 0007). */
class CommandFailureLogTest {
    @TempDir
    Path dir;

    @Test
    void aFailedCommandSaysOneLineAndLogsItsCauseBesideTheDataFile() throws Exception {
        Path data = dir.resolve("bureau.db");
        assertThat(CliRun.of("--data", data.toString(), "posts", "networks", "--use", "X").exit()).isZero();

        CliRun run = CliRun.of("--data", data.toString(), "posts", "networks", "--use", "Myspace");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("Myspace").doesNotContain("Exception");
        Path log = Logs.folderOf(data).resolve("trousse-0.log");
        assertThat(Files.readString(log)).contains("Myspace", "IllegalArgumentException");
    }

    @Test
    void aCommandThatFailsWithoutADataFileMakesNoLogFolder() throws Exception {
        Path data = dir.resolve("absent.db");

        CliRun run = CliRun.of("--data", data.toString(), "check");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n");
        assertThat(Logs.folderOf(data)).doesNotExist();
    }
}
