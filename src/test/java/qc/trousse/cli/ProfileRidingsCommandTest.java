package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The riding search and check headless, on the map of the file's week (the 2020 week: the 2017 map). */
class ProfileRidingsCommandTest {
    @TempDir
    Path dir;

    /** A data file that exists: the command reads its week, and read commands never create one. */
    private String db() {
        Path file = dir.resolve("t.db");
        if (!java.nio.file.Files.exists(file)) {
            try {
                qc.trousse.store.DataFile.open(file).close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return file.toString();
    }

    @Test
    void anAbbreviatedNameFindsTheRidingWithItsCodeAndRegion() {
        CliRun run = CliRun.of("--data", db(), "profile", "ridings", "st-jerome");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("Carte électorale de 2017, en vigueur le 17 février 2020",
                "Saint-Jérôme\t526\tLaurentides");
    }

    @Test
    void nothingMatchingIsOneLineInTheUsersLanguageAndExitOne() {
        CliRun fr = CliRun.of("--data", db(), "profile", "ridings", "st-jeromme");
        assertThat(fr.exit()).isEqualTo(1);
        assertThat(fr.out()).isEmpty();
        assertThat(fr.err().strip().replace('\u00a0', ' ')).isEqualTo("Aucun résultat pour « st-jeromme ».");
        CliRun en = CliRun.of("--lang", "en", "--data", db(), "profile", "ridings", "zzz");
        assertThat(en.err().strip()).isEqualTo("No results for \"zzz\".");
    }

    @Test
    void withoutTextEveryRidingOfTheMapIsListed() {
        CliRun run = CliRun.of("--data", db(), "profile", "ridings");
        assertThat(run.out().lines()).hasSize(126).contains("Bourget\t370\tMontréal")
                .noneMatch(l -> l.startsWith("Bellefeuille"));
    }

    @Test
    void profileSetRefusesARidingOfALaterMapNamingWhenItStartsAndChangesNothing() throws Exception {
        Path file = dir.resolve("t.db");
        CliRun.of("--data", db(), "profile", "set", "--mna", "Jean Roy", "--riding", "104");
        byte[] before = dataOf(file);
        CliRun run = CliRun.of("--data", db(), "profile", "set", "--riding", "Bellefeuille");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err().strip().replace('\u00a0', ' ')).isEqualTo("Bellefeuille n’existe qu’à partir du"
                + " 5 octobre 2026 : elle n’est pas sur la carte en vigueur le 17 février 2020.");
        assertThat(dataOf(file)).isEqualTo(before);
        CliRun en = CliRun.of("--lang", "en", "--data", db(), "profile", "set", "--riding", "Camille-Laurin");
        assertThat(en.err().strip()).isEqualTo("Camille-Laurin only exists from August 28, 2022: on the map in"
                + " force on February 17, 2020, it is Bourget.");
    }

    @Test
    void profileSetTakesAnAbbreviationAndSaysWhichRidingsSeveralLettersFit() {
        CliRun set = CliRun.of("--data", db(), "profile", "set", "--riding", "st-jerome");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(CliRun.of("--data", db(), "profile", "show").out()).contains("Saint-Jérôme (nº 526)");
        CliRun several = CliRun.of("--data", db(), "profile", "set", "--riding", "beauce");
        assertThat(several.exit()).isEqualTo(1);
        assertThat(several.err().strip().replace('\u00a0', ' '))
                .isEqualTo("« beauce » désigne 2 circonscriptions (Beauce-Nord et Beauce-Sud) : précisez le nom ou donnez le numéro.");
    }

    private static byte[] dataOf(Path db) throws Exception {
        try (DataFile f = DataFile.open(db); var s = f.connection().createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return Files.readAllBytes(db);
    }
}
