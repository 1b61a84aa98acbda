package qc.trousse.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mistyped and odd paths, as a script gives them: a command that reads refuses a data file that does not exist and
 * creates nothing; each odd path gets its own one-line sentence in the user's language with no OS text; every
 * output refuses a folder given as its file and a folder that does not exist, by the same rule.
 */
class DataAndOutputPathsTest {
    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void aFile() throws Exception {
        data = dir.resolve("bureau.db");
        DataFile.open(data).close();
    }

    @Test
    void aReadCommandOnAMistypedPathRefusesAndCreatesNothing() {
        Path typo = dir.resolve("cle").resolve("typo.db");
        CliRun run = CliRun.of("--data", typo.toString(), "recipients", "list");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("Le fichier " + typo + " n’existe pas.").doesNotContain("\n");
        assertThat(typo.getParent()).doesNotExist();
        CliRun check = CliRun.of("--data", typo.toString(), "check");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).contains("n’existe pas");
        assertThat(typo.getParent()).doesNotExist();
    }

    @Test
    void aCommandThatWritesCreatesTheFileAndSaysSo() {
        Path fresh = dir.resolve("neuf.db");
        CliRun run = CliRun.of("--data", fresh.toString(), "profile", "set", "--mna", "Marie Tremblay");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Nouveau fichier de données créé").contains(fresh.toString());
        assertThat(fresh).isRegularFile();
        assertThat(CliRun.of("--data", fresh.toString(), "profile", "set", "--mna", "Léa").out())
                .doesNotContain("Nouveau fichier");
    }

    @Test
    void aFolderAsTheDataFileIsSaidToBeAFolder() {
        CliRun run = CliRun.of("--data", dir.toString(), "recipients", "list");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(dir + " est un dossier, pas un fichier de données\u00a0: donnez le "
                + "chemin d’un fichier .db dans ce dossier.");
        CliRun en = CliRun.of("--lang", "en", "--data", dir.toString(), "profile", "set", "--mna", "X");
        assertThat(en.err().strip()).startsWith(dir + " is a folder, not a data file");
    }

    @Test
    void aDeviceAsTheDataFileIsSaidToBeNoFileOnADisk() {
        CliRun run = CliRun.of("--data", "/dev/null", "profile", "set", "--mna", "X");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("/dev/null n’est pas un fichier sur un disque").doesNotContain("SQL");
    }

    @Test
    void anEmptyDataPathIsABadCommandLine() {
        CliRun run = CliRun.of("--data", "", "recipients", "list");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--data demande le chemin d’un fichier de données").contains("vide");
    }

    @Test
    void aReadOnlyFolderIsSaidForANewFileAndForAnExistingOne() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("verrouille"));
        Path inside = folder.resolve("bureau.db");
        DataFile.open(inside).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun existing = CliRun.of("--data", inside.toString(), "recipients", "list");
            assertThat(existing.exit()).isEqualTo(1);
            assertThat(existing.err().strip()).startsWith("Le dossier " + folder + " est en lecture seule")
                    .doesNotContain("(").doesNotContain("\n");
            Path fresh = folder.resolve("neuf.db");
            CliRun created = CliRun.of("--data", fresh.toString(), "profile", "set", "--mna", "X");
            assertThat(created.exit()).isEqualTo(1);
            assertThat(created.err().strip()).startsWith("Le dossier " + folder + " est en lecture seule");
            assertThat(fresh).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFileOnTheWayIsSaidToBeNoFolder() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "x");
        CliRun run = CliRun.of("--data", notes.resolve("bureau.db").toString(), "profile", "set", "--mna", "X");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(notes + " est un fichier, pas un dossier");
    }

    @Test
    void everyOutputRefusesAnExistingFolderAndLeavesIt() throws Exception {
        for (Output output : OUTPUTS) {
            Path folder = Files.createDirectories(dir.resolve("sortie-" + output.words().get(0) + output.extension()));
            Path inside = Files.writeString(folder.resolve("garder.txt"), "à garder");
            CliRun run = run(output, folder);
            assertThat(run.exit()).as(output + ": " + run.err()).isEqualTo(1);
            assertThat(run.err().strip()).as(output.toString()).isEqualTo(folder + " est un dossier\u00a0: donnez le "
                    + "nom d’un fichier à écrire. Le dossier n’a pas été touché.");
            assertThat(folder).isDirectory();
            assertThat(Files.readString(inside)).isEqualTo("à garder");
        }
    }

    @Test
    void everyOutputRefusesAMissingFolderAndCreatesNone() {
        for (Output output : OUTPUTS) {
            Path missing = dir.resolve("absent-" + String.join("-", output.words().subList(0, 2)));
            Path target = missing.resolve("x" + output.extension());
            CliRun run = run(output, target);
            assertThat(run.exit()).as(output + ": " + run.err()).isEqualTo(1);
            assertThat(run.err().strip()).as(output.toString()).isEqualTo("Le dossier " + missing
                    + " n’existe pas\u00a0: " + target + " n’a pas été écrit. Créez-le ou choisissez un autre dossier.");
            assertThat(missing).doesNotExist();
        }
    }

    @Test
    void everyOutputFollowsTheUsersUmaskLikeAnyOtherProgramsFile() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        for (Output output : OUTPUTS) {
            Path target = dir.resolve("sortie-" + output.words().get(0) + "-" + output.words().get(1)
                    + output.extension());
            CliRun run = run(output, target);
            assertThat(run.exit()).as(output + ": " + run.err()).isZero();
            assertThat(Files.getPosixFilePermissions(target)).as(output.toString())
                    .isEqualTo(Files.getPosixFilePermissions(reference));
        }
        Path each = dir.resolve("un-par-personne");
        assertThat(CliRun.of("--data", data.toString(), "certificates", "pdf", "--each", each.toString(),
                "--name", "Léa").exit()).isZero();
        assertThat(Files.getPosixFilePermissions(each.resolve("Léa.pdf")))
                .isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aFileGivenAsTheEachFolderIsRefusedAndLeft() throws Exception {
        Path file = Files.writeString(dir.resolve("lot"), "garder");
        CliRun run = CliRun.of("--data", data.toString(), "certificates", "pdf", "--each", file.toString(),
                "--name", "Léa");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(file + " est un fichier, pas un dossier");
        assertThat(Files.readString(file)).isEqualTo("garder");
    }

    private record Output(List<String> words, String extension) {
    }

    private static final List<Output> OUTPUTS = List.of(new Output(List.of("report", ""), ".pdf"),
            new Output(List.of("certificates", "pdf", "--name", "Léa"), ".pdf"),
            new Output(List.of("cocktail", "print", "--what", "guests"), ".pdf"),
            new Output(List.of("posts", "export"), ".csv"),
            new Output(List.of("cocktail", "ics"), ".ics"));

    private CliRun run(Output output, Path out) {
        List<String> args = new ArrayList<>(List.of("--data", data.toString()));
        output.words().stream().filter(w -> !w.isEmpty()).forEach(args::add);
        args.add("--out");
        args.add(out.toString());
        return CliRun.of(args.toArray(String[]::new));
    }
}
