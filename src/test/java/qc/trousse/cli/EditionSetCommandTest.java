package qc.trousse.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `edition set`: the 2027 file's proposed week, theme and hashtag once announced, or nothing changes. */
class EditionSetCommandTest extends OnFileOf2027 {
    @Test
    void theAnnouncedWeekThemeAndHashtagBecomeTheFilesAndEveryCommandReadsThem() throws Exception {
        CliRun run = CliRun.of("--data", data.toString(), "edition", "set", "--first-day", "2027-02-22",
                "--theme", "Ensemble pour la réussite", "--hashtag", "JPS2027");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("du 22 au 26 février 2027", "Ensemble pour la réussite", "#JPS2027")
                .doesNotContain("à confirmer");
        String show = CliRun.of("--data", data.toString(), "edition", "show").out();
        assertThat(show).contains("Semaine\u00a0: du 22 au 26 février 2027\n",
                "Thème\u00a0: Ensemble pour la réussite");
        Path ics = dir.resolve("cocktail.ics");
        assertThat(CliRun.of("--data", data.toString(), "cocktail", "ics", "--out", ics.toString()).exit()).isZero();
        assertThat(Files.readString(ics)).contains("20270223").doesNotContain("20270216");
    }

    @Test
    void theDemoWeeksPlanMovesWithItsWeekEachOnTheSameWeekday() throws Exception {
        Path demo = dir.resolve("demo.db");
        Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), demo);
        CliRun run = CliRun.of("--data", demo.toString(), "edition", "set", "--first-day", "2020-02-10");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(CliRun.of("--data", demo.toString(), "gestures", "list").out())
                .contains("lundi 10 février", "mardi 11 février\t17:00–19:00\tCocktail", "vendredi 14 février")
                .doesNotContain("17 février", "18 février", "21 février");
        assertThat(CliRun.of("--data", demo.toString(), "recipients", "list").out())
                .contains("2020-02-11", "2020-02-14").doesNotContain("2020-02-18", "2020-02-21");
        assertThat(CliRun.of("--data", demo.toString(), "posts", "list").out())
                .contains("2020-02-10 09:00").doesNotContain("2020-02-17 ");
    }

    @Test
    void aTuesdayIsOneLineNamingTheFieldAndChangesNothing() throws Exception {
        CliRun.of("--data", data.toString(), "edition", "show");
        String before = EditionFiles.sha(data);
        CliRun run = CliRun.of("--data", data.toString(), "edition", "set", "--first-day", "2027-02-16");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("Premier jour (lundi) : mardi 16 février 2027 n’est pas un lundi")
                .doesNotContain("\n");
        assertThat(EditionFiles.sha(data)).isEqualTo(before);
    }

    @Test
    void aBadDateOrNoOptionIsAUsageError() {
        assertThat(CliRun.of("--data", data.toString(), "edition", "set", "--first-day", "22/02/2027").exit())
                .isEqualTo(2);
        assertThat(CliRun.of("--data", data.toString(), "edition", "set").exit()).isEqualTo(2);
    }
}
