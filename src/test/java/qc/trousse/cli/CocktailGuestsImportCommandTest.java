package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestFiles;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `cocktail guests import` in-process on real lists and a real data file. */
class CocktailGuestsImportCommandTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("bureau.db");
    }

    @Test
    void importsTheGoodRowsAndNamesTheBadOnesByLine() throws Exception {
        Path list = GuestFiles.windows1252(dir);
        CliRun run = CliRun.of("--data", data().toString(), "cocktail", "guests", "import", list.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(TableImportCommand.ROWS_SKIPPED);
        assertThat(run.out()).contains("Lu\u00a0: invites-1252.csv — CSV, encodage Windows-1252, séparateur point-virgule")
                .contains("Ligne 4\u00a0: nom manquant")
                .contains("Ligne 6\u00a0: courriel illisible «\u00a0pas-un-courriel\u00a0»")
                .contains("3 invités ajoutés à " + data() + "\u00a0; 2 lignes ignorées.");
        try (Session s = new Session(DataFile.open(data()), Editions.shipped(), Ridings.load())) {
            assertThat(s.guests().all()).extracting(Guest::name)
                    .containsExactly("Marie-Ève Tremblay", "Réjean Côté", "Maison des jeunes L’Escale");
        }
    }

    @Test
    void aDryRunNeverOpensTheDataFile() throws Exception {
        CliRun run = CliRun.of("--data", data().toString(), "--lang", "en", "cocktail", "guests", "import",
                GuestFiles.workbook(dir).toString(), "--dry-run");
        assertThat(run.exit()).isEqualTo(TableImportCommand.ROWS_SKIPPED);
        assertThat(run.out()).contains("Dry run: 3 guests would be added; 2 rows left out.");
        assertThat(Files.exists(data())).isFalse();
    }

    @Test
    void aMissingFileOrAListWithoutNamesFailsOnOneLine() throws Exception {
        CliRun missing = CliRun.of("--data", data().toString(), "cocktail", "guests", "import",
                dir.resolve("absent.csv").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("absent.csv");
        Path noName = dir.resolve("sans-nom.csv");
        Files.writeString(noName, "Courriel;Téléphone\na@b.ca;418\n");
        CliRun refused = CliRun.of("--data", data().toString(), "cocktail", "guests", "import", noName.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Aucune colonne de nom");
        CliRun usage = CliRun.of("--data", data().toString(), "cocktail", "guests", "import");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("cocktail guests import FICHIER.csv");
        assertThat(Files.exists(data())).isFalse();
    }

    @Test
    void helpListsTheCommandInItsColumn() {
        CliRun run = CliRun.of("--help");
        assertThat(run.out()).contains("  cocktail guests import  importe une liste d’invités");
    }
}
