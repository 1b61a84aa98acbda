package qc.trousse.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.RealService;
import qc.trousse.store.DataFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paths a colleague's permissions make odd: a folder one cannot enter, a data file one cannot read, an output
 * whose folder is a file or is read-only. Each has its own sentence, naming the path, with no OS text.
 *
 * <p>An administrator (CI runs as root) passes every permission check, so these run the real command as a
 * process without the powers that bypass permissions ({@code setpriv} drops CAP_DAC_OVERRIDE and
 * CAP_DAC_READ_SEARCH): it meets the folders as an ordinary user would.
 */
class ForbiddenPathsTest {
    @TempDir
    Path dir;
    private Path data;
    private Path closed;

    @BeforeEach
    void files() throws Exception {
        data = dir.resolve("bureau.db");
        DataFile.open(data).close();
        closed = Files.createDirectory(dir.resolve("interdit"));
        DataFile.open(closed.resolve("bureau.db")).close();
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    }

    @AfterEach
    void reopen() throws Exception {
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String out, String err) {
    }

    /** The command as a process that permissions bind, as they bind an office's staff. */
    private Run asOrdinaryUser(String... command) throws Exception {
        RealService.require(RealService.runs("setpriv", "--version"), "setpriv (util-linux)");
        List<String> args = new ArrayList<>(List.of("setpriv",
                "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "qc.trousse.Main", "--lang", "fr"));
        args.addAll(Arrays.asList(command));
        Process p = new ProcessBuilder(args).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8).strip());
    }

    @Test
    void aDataFileInAFolderOneCannotEnterNamesTheFolder() throws Exception {
        Path inside = closed.resolve("bureau.db");
        for (Run run : List.of(asOrdinaryUser("--data", inside.toString(), "recipients", "list"),
                asOrdinaryUser("--data", closed.resolve("sous").resolve("neuf.db").toString(),
                        "profile", "set", "--mna", "X"))) {
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("Vous n’avez pas accès à " + closed + "\u00a0: demandez cet accès ou "
                    + "choisissez un fichier ailleurs. Rien n’a été modifié.");
        }
    }

    @Test
    void aDataFileOneCannotReadIsNamed() throws Exception {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("---------"));
        Run run = asOrdinaryUser("--data", data.toString(), "recipients", "list");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Vous n’avez pas accès à " + data + "\u00a0: demandez cet accès ou "
                + "choisissez un fichier ailleurs. Rien n’a été modifié.");
        assertThat(Files.getPosixFilePermissions(data)).isEmpty();
    }

    @Test
    void anOutputInAFolderOneCannotEnterNamesTheFolderAndWritesNothing() throws Exception {
        for (String[] command : List.of(new String[]{"report"}, new String[]{"posts", "export"})) {
            Path target = closed.resolve("sous").resolve("sortie.pdf");
            List<String> args = new ArrayList<>(List.of("--data", data.toString()));
            args.addAll(Arrays.asList(command));
            args.addAll(List.of("--out", target.toString()));
            Run run = asOrdinaryUser(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("Vous n’avez pas accès au dossier " + closed + "\u00a0: " + target
                    + " n’a pas été écrit. Demandez cet accès ou choisissez un autre dossier.");
        }
    }

    @Test
    void anOutputWhoseFolderIsAFileIsSaidSoAndTheFileIsLeft() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "à garder");
        Path target = notes.resolve("bilan.pdf");
        CliRun run = CliRun.of("--data", data.toString(), "report", "--out", target.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(notes + " est un fichier, pas un dossier\u00a0: " + target
                + " n’a pas été écrit.");
        assertThat(Files.readString(notes)).isEqualTo("à garder");
    }

    @Test
    void anOutputInAReadOnlyFolderIsSaidReadOnly() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("lecture-seule"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path target = folder.resolve("invites.pdf");
            CliRun run = CliRun.of("--data", data.toString(), "cocktail", "print", "--what", "guests",
                    "--out", target.toString());
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.err().strip()).isEqualTo("Le dossier " + folder + " est en lecture seule\u00a0: " + target
                    + " n’a pas été écrit. Demandez le droit d’y écrire ou choisissez un autre dossier.");
            assertThat(target).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDeviceAsAnOutputIsSaidToBeNoOrdinaryFile() {
        CliRun run = CliRun.of("--data", data.toString(), "report", "--out", "/dev/null");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("/dev/null n’est pas un fichier ordinaire (périphérique ou fichier "
                + "spécial)\u00a0: donnez le nom d’un fichier sur un disque.");
    }
}
