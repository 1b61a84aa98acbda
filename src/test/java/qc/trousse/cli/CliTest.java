package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("check", "profile show", "profile set", "--data", "--lang", "--smoke");
    }

    @Test
    void profileSetThenShowRoundTripsThroughTheFile() {
        String db = dir.resolve("t.db").toString();
        CliRun set = CliRun.of("--data", db, "profile", "set", "--mna", "Marie-Ève Tremblay", "--title", "députée",
                "--riding", "rimouski");
        assertThat(set.exit()).as(set.err()).isZero();
        CliRun show = CliRun.of("--data", db, "profile", "show");
        assertThat(show.out()).contains("Marie-Ève Tremblay", "députée", "Rimouski", "Bas-Saint-Laurent");
    }

    @Test
    void anUnknownRidingFailsWithOneLineAndChangesNothing() throws Exception {
        Path db = dir.resolve("t.db");
        CliRun.of("--data", db.toString(), "profile", "set", "--mna", "Jean Roy", "--riding", "104");
        byte[] before = dataOf(db);
        CliRun run = CliRun.of("--data", db.toString(), "profile", "set", "--mna", "Autre", "--riding", "Atlantide");
        assertThat(run.exit()).isEqualTo(1);
        // French typography puts no-break spaces before the colon and inside the guillemets.
        assertThat(run.err().strip().replace('\u00a0', ' '))
                .isEqualTo("Circonscription inconnue : « Atlantide ». Donnez son numéro (ex. : 366) ou son nom.");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(CliRun.of("--data", db.toString(), "profile", "show").out()).contains("Jean Roy");
        assertThat(dataOf(db)).isEqualTo(before);
    }

    private static byte[] dataOf(Path db) throws Exception {
        // Fold the WAL into the file first so bytes compare what is really stored.
        try (DataFile f = DataFile.open(db); var s = f.connection().createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return Files.readAllBytes(db);
    }

    @Test
    void checkGivesAOneLineVerdictAndRefusesATextFile() throws Exception {
        Path db = dir.resolve("t.db");
        DataFile.open(db).close();
        CliRun ok = CliRun.of("--data", db.toString(), "check");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).startsWith("OK").contains(db.toString());
        Path text = Files.writeString(dir.resolve("liste.db"), "Nom;Prénom");
        CliRun bad = CliRun.of("--lang", "en", "--data", text.toString(), "check");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("liste.db", "not a Trousse JPS file").doesNotContain("Exception");
        assertThat(Files.readString(text)).isEqualTo("Nom;Prénom");
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
        assertThat(CliRun.of("--data").exit()).isEqualTo(2);
        assertThat(CliRun.of("--lang", "de", "check").exit()).isEqualTo(2);
        CliRun run = CliRun.of("--lang", "en", "--data", dir.resolve("x.db").toString(), "profile", "set", "--what");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: --what");
    }

    @Test
    void aBadEmailIsNamedByItsField() {
        CliRun run = CliRun.of("--data", dir.resolve("t.db").toString(), "profile", "set", "--email", "bureau@");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Courriel", "Adresse courriel invalide");
    }
}
