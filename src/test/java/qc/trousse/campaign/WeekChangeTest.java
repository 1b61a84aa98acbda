package qc.trousse.campaign;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The edition's week changed after the file is made: checked as the loader checks, the field named. */
class WeekChangeTest {
    private final Campaign y2027 = Editions.shipped().campaign(2027).orElseThrow();
    private final Campaign y2020 = Editions.shipped().campaign(2020).orElseThrow();
    private Lang before;

    @BeforeEach
    void french() {
        before = I18n.language();
        I18n.setLanguage(Lang.FR);
    }

    @AfterEach
    void back() {
        I18n.setLanguage(before);
    }

    private static WeekChange.Request week(LocalDate monday, LocalDate assembly) {
        return new WeekChange.Request(monday, true, null, null, assembly, null);
    }

    @Test
    void aTuesdayIsRefusedNamingTheFirstDay() {
        assertThat(WeekChange.problem(y2027, week(LocalDate.of(2027, 2, 16), null)))
                .hasValue("Premier jour (lundi) : mardi 16 février 2027 n’est pas un lundi (la semaine va du lundi au "
                        + "vendredi).");
    }

    @Test
    void aWeekOfAnotherYearIsRefused() {
        assertThat(WeekChange.problem(y2027, week(LocalDate.of(2028, 2, 14), null)).orElseThrow())
                .startsWith("Premier jour (lundi) :").contains("2027");
    }

    @Test
    void anAssemblyDayOutsideTheWeekIsRefusedNamingIt() {
        assertThat(WeekChange.problem(y2027, week(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 19))))
                .hasValue("Jour du cocktail : vendredi 19 février 2027 n’est pas dans la semaine du lundi 22 février "
                        + "2027 au vendredi 26 février 2027.");
    }

    @Test
    void aHashtagWithASpaceIsRefused() {
        assertThat(WeekChange.problem(y2027, WeekChange.Request.of(null, null, "JPS 2027")).orElseThrow())
                .startsWith("Mot-clic : « JPS 2027 »");
    }

    @Test
    void inEnglishTheFieldIsNamedInEnglish() {
        I18n.setLanguage(Lang.EN);
        assertThat(WeekChange.problem(y2027, week(LocalDate.of(2027, 2, 16), null)).orElseThrow())
                .startsWith("First day (Monday): Tuesday, February 16, 2027 is not a Monday");
    }

    @Test
    void aNewWeekMovesItsFridayTheAssemblyOnItsWeekdayAndTheJeudiPerseVert() {
        Map<String, String> c = WeekChange.changes(y2020, WeekChange.Request.of(LocalDate.of(2020, 2, 24), null,
                null));
        assertThat(c).containsEntry("start", "2020-02-24").containsEntry("end", "2020-02-28")
                .containsEntry("week.confirmed", "yes")
                .containsEntry("cocktail.date", LocalDate.of(2020, 2, 24).plusDays(
                        y2020.cocktailDate().getDayOfWeek().getValue() - 1L).toString());
        y2020.facts().persevertDay().ifPresent(d -> assertThat(c).containsEntry("persevert.day", "2020-02-27"));
        String text = CampaignFile.parse("t", Editions.shipped().text(2020).orElseThrow()).with(c);
        Campaign moved = CampaignLoader.read("t", text);
        assertThat(moved.days()).first().isEqualTo(LocalDate.of(2020, 2, 24));
        assertThat(moved.days()).last().isEqualTo(LocalDate.of(2020, 2, 28));
    }

    @Test
    void theThemeAndHashtagAreWrittenAsTheLoaderReadsThem() {
        Map<String, String> c = WeekChange.changes(y2027, WeekChange.Request.of(null, "Ensemble", "JPS2027b"));
        assertThat(c).containsEntry("slogan.fr", "Ensemble").containsEntry("hashtag", "#JPS2027b");
        assertThat(c).doesNotContainKey("start");
        Campaign made = CampaignLoader.read("t", CampaignFile.parse("t", Editions.shipped().text(2027).orElseThrow())
                .with(c));
        assertThat(made.themeKnown()).isTrue();
        assertThat(made.hashtag()).isEqualTo("#JPS2027b");
        assertThat(made.facts().weekConfirmed()).isEqualTo(y2027.facts().weekConfirmed());
    }
}
