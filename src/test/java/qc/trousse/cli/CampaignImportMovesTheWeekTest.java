package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.CampaignFile;
import qc.trousse.campaign.Editions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `edition import FILE` with a campaign whose week is not the file's: the week's plan moves along, each gesture,
 * post and recipient on the same weekday, as Semaine de l'édition… does (one step, the same {@code EditionWeekStep}).
 */
class CampaignImportMovesTheWeekTest {
    @TempDir
    Path dir;

    @Test
    void aReceivedCampaignOfAnEarlierWeekMovesTheDemoWeeksPlanToTheSameWeekdays() throws Exception {
        Path demo = dir.resolve("demo.db");
        Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), demo);
        Path campaign = dir.resolve("jps-2020-avancee.properties");
        Files.writeString(campaign, CampaignFile.parse(campaign.getFileName().toString(),
                Editions.shipped().text(2020).orElseThrow()).with(Map.of("start", "2020-02-10", "end", "2020-02-14",
                "cocktail.date", "2020-02-11")));

        CliRun run = CliRun.of("--data", demo.toString(), "edition", "import", campaign.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(CliRun.of("--data", demo.toString(), "gestures", "list").out())
                .contains("lundi 10 février", "mardi 11 février\t17:00–19:00\tCocktail", "vendredi 14 février")
                .doesNotContain("17 février", "18 février", "21 février");
        assertThat(CliRun.of("--data", demo.toString(), "recipients", "list").out())
                .contains("2020-02-11", "2020-02-14").doesNotContain("2020-02-18", "2020-02-21");
        assertThat(CliRun.of("--data", demo.toString(), "posts", "list").out())
                .contains("2020-02-10 09:00").doesNotContain("2020-02-17 ");
    }
}
