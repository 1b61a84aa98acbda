package qc.trousse.campaign;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shipped campaign file loads and validates, and says what editions.csv says and no more. */
class ShippedEditionsTest {
    private final Editions editions = Editions.shipped();

    @Test
    void everyEditionFrom2020To2027IsShippedAndRunsMondayToFriday() {
        assertThat(editions.all()).extracting(Campaign::year)
                .containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        for (Campaign c : editions.all()) {
            assertThat(c.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(c.end()).isEqualTo(c.start().plusDays(4));
            assertThat(c.hashtag()).isEqualTo("#JPS" + c.year());
            assertThat(c.gestures()).hasSize(5);
            assertThat(c.templates()).containsKeys("certificate", "thanks", "ribbon", "encouragement", "cocktail");
            assertThat(c.posts().templates()).hasSize(9);
        }
    }

    @Test
    void laterEditionsSayWhatTheReferenceDataSays() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("assets/campaign/editions.csv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            int year = Integer.parseInt(f[0]);
            if (year < 2021) {
                continue;
            }
            Campaign c = editions.year(year);
            if (!f[2].isEmpty()) {
                assertThat(c.start()).isEqualTo(LocalDate.parse(f[2]));
                assertThat(c.facts().weekConfirmed()).isTrue();
            } else {
                assertThat(c.facts().weekConfirmed()).isFalse();
            }
            assertThat(c.slogan().fr()).isEqualTo(f[4].replace("\"", ""));
            assertThat(c.facts().hashtags()).containsExactly(f[5].split(" "));
            assertThat(c.spokesperson()).isEqualTo(f[6]);
            assertThat(c.facts().carriedOverFrom()).isEqualTo(2020);
            assertThat(c.facts().assemblyConfirmed()).isFalse();
            assertThat(c.keyMessages()).isEqualTo(editions.year(2020).keyMessages());
        }
    }

    @Test
    void noEnglishThemeIsShippedWhereTheDataGivesNoneAndEnglishShowsTheFrenchOneMarked() {
        for (int year = 2021; year <= 2027; year++) {
            assertThat(editions.year(year).slogan().en()).as("English theme of %d", year).isEmpty();
        }
        Campaign c2025 = editions.year(2025);
        assertThat(c2025.theme(qc.trousse.i18n.Lang.EN)).isEqualTo("La persévérance fait toute la différence");
        try {
            qc.trousse.i18n.I18n.setLanguage(qc.trousse.i18n.Lang.EN);
            assertThat(c2025.themeShown()).startsWith("La persévérance fait toute la différence")
                    .contains("English theme to be confirmed");
            assertThat(editions.year(2027).themeShown()).isEqualTo("to be confirmed");
            assertThat(editions.year(2020).themeShown()).isEqualTo(editions.year(2020).slogan().en());
        } finally {
            qc.trousse.i18n.I18n.setLanguage(qc.trousse.i18n.Lang.FR);
        }
        assertThat(c2025.themeShown()).isEqualTo("La persévérance fait toute la différence");
    }

    @Test
    void twentyTwentySevenIsProposedInTheThirdWeekOfFebruaryAndAwaitsItsTheme() {
        Campaign c = editions.year(2027);
        assertThat(c.days()).containsExactly(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 16),
                LocalDate.of(2027, 2, 17), LocalDate.of(2027, 2, 18), LocalDate.of(2027, 2, 19));
        assertThat(c.themeKnown()).isFalse();
        assertThat(c.spokesperson()).isEmpty();
        assertThat(c.facts().persevertDay()).isEmpty();
        assertThat(editions.year(2025).facts().persevertDay()).contains(LocalDate.of(2025, 2, 13));
    }

    @Test
    void twentyTwentyIsTheFlyerAndItsOwnFacts() {
        Campaign c = editions.year(2020);
        assertThat(c.facts().carriedOverFrom()).isZero();
        assertThat(c.facts().weekConfirmed()).isTrue();
        assertThat(c.facts().assemblyConfirmed()).isTrue();
        assertThat(c.template("certificate").orElseThrow().start()).isEqualTo(java.time.LocalTime.of(10, 0));
        assertThat(c.template("cocktail").orElseThrow().steps()).hasSize(6);
    }
}
