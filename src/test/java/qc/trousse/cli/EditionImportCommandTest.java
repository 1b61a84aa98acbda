package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import qc.trousse.campaign.Editions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `edition import FILE`: the secretariat's campaign file becomes the 2027 file's edition, or nothing changes. */
class EditionImportCommandTest extends OnFileOf2027 {
    static int lineOf(Path file, String start) throws Exception {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    @Test
    void anAnnouncedCampaignBecomesTheFilesEdition() throws Exception {
        Path file = EditionFiles.campaign2027(dir, "jps-2027-officiel.properties", Map.of("week.confirmed",
                "yes", "slogan.fr", "Ensemble pour la réussite", "slogan.en", "Together for success",
                "cocktail.date", "2027-02-17", "cocktail.confirmed", "yes"));
        CliRun run = CliRun.of("--data", data.toString(), "edition", "import", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("jps-2027-officiel.properties", "Ensemble pour la réussite");
        String show = CliRun.of("--data", data.toString(), "edition", "show").out();
        assertThat(show).contains("fichier de campagne propre", "Semaine\u00a0: du 15 au 19 février 2027\n",
                "Thème\u00a0: Ensemble pour la réussite", "mercredi 17 février 2027\n");
    }

    @Test
    void aFaultIsOneLineNamingLineAndKeyAndChangesNothing() throws Exception {
        Path tuesday = EditionFiles.campaign2027(dir, "mauvais.properties",
                Map.of("start", "2027-02-16", "end", "2027-02-20"));
        CliRun.of("--data", data.toString(), "edition", "show");
        String before = EditionFiles.sha(data);
        CliRun run = CliRun.of("--data", data.toString(), "edition", "import", tuesday.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).contains("mauvais.properties", "ligne " + lineOf(tuesday, "start="), "«\u00a0start\u00a0»",
                "n’est pas un lundi", "Rien n’a été modifié").doesNotContain("\n");
        assertThat(EditionFiles.sha(data)).isEqualTo(before);
        assertThat(CliRun.of("--data", data.toString(), "edition", "show").out())
                .contains("fournie avec l’application");
    }

    @Test
    void aCampaignOfAnotherYearOrNotACampaignIsRefused() throws Exception {
        Path other = dir.resolve("jps-2026.properties");
        Files.writeString(other, Editions.shipped().text(2026).orElseThrow());
        CliRun run = CliRun.of("--data", data.toString(), "edition", "import", other.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("jps-2026.properties", "«\u00a0year\u00a0»", "2027");

        Path binary = dir.resolve("photo.properties");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00});
        CliRun notText = CliRun.of("--data", data.toString(), "edition", "import", binary.toString());
        assertThat(notText.exit()).isEqualTo(1);
        assertThat(notText.err()).contains("photo.properties", "UTF-8");

        CliRun missing = CliRun.of("--data", dir.resolve("absent.db").toString(), "edition", "import",
                other.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(dir.resolve("absent.db")).doesNotExist();
    }

    @Test
    void theOtherFaultsAreCountedWithARealPlural() throws Exception {
        Path two = EditionFiles.campaign2027(dir, "deux.properties", Map.of("start", "2027-02-16", "end", "2027-02-20",
                "cocktail.date", "2027-03-30"));
        CliRun run = CliRun.of("--data", data.toString(), "edition", "import", two.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("(s)").containsPattern("\\(et (1 autre erreur|[2-9] autres erreurs) dans le même fichier\\)");
        CliRun en = CliRun.of("--data", data.toString(), "--lang", "en", "edition", "import", two.toString());
        assertThat(en.err()).doesNotContain("(s)").containsPattern("\\(and (1 more error|[2-9] more errors) in the same file\\)");
    }
}
