package qc.trousse.gestures;

import org.junit.jupiter.api.Test;
import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.Editions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GestureRulesTest {
    private final Campaign campaign = Editions.shipped().year(2020);

    @Test
    void readsTimesTheWaysOfficesWriteThem() {
        assertThat(GestureRules.parseTime("9:30")).contains(LocalTime.of(9, 30));
        assertThat(GestureRules.parseTime("09:30")).contains(LocalTime.of(9, 30));
        assertThat(GestureRules.parseTime("9 h 30")).contains(LocalTime.of(9, 30));
        assertThat(GestureRules.parseTime("14h")).contains(LocalTime.of(14, 0));
        assertThat(GestureRules.parseTime("00:00")).contains(LocalTime.MIDNIGHT);
        assertThat(GestureRules.parseTime("23:59")).contains(LocalTime.of(23, 59));
    }

    @Test
    void refusesTimesOutsideTheDay() {
        for (String bad : List.of("24:00", "23:60", "25:10", "9", "nine", "", "-1:00", "9:5")) {
            assertThat(GestureRules.parseTime(bad)).as(bad).isEmpty();
            assertThat(GestureRules.time(bad)).as(bad).contains("gestures.error.time");
        }
        assertThat(GestureRules.parseTime(null)).isEmpty();
    }

    @Test
    void aSlotMustEndAfterItStarts() {
        assertThat(GestureRules.slot("10:00", "11:00")).isEmpty();
        assertThat(GestureRules.slot("11:00", "10:00")).contains("gestures.error.endBeforeStart");
        assertThat(GestureRules.slot("10:00", "10:00")).contains("gestures.error.endBeforeStart");
        assertThat(GestureRules.slot("25:00", "10:00")).contains("gestures.error.startTime");
        assertThat(GestureRules.slot("10:00", "")).contains("gestures.error.endTime");
    }

    @Test
    void theDayMustBeInTheCampaignWeek() {
        assertThat(GestureRules.day(campaign, LocalDate.of(2020, 2, 17))).isEmpty();
        assertThat(GestureRules.day(campaign, LocalDate.of(2020, 2, 21))).isEmpty();
        assertThat(GestureRules.day(campaign, LocalDate.of(2020, 2, 16))).contains("gestures.error.day");
        assertThat(GestureRules.day(campaign, LocalDate.of(2020, 2, 22))).contains("gestures.error.day");
        assertThat(GestureRules.day(campaign, null)).contains("gestures.error.day");
    }

    @Test
    void theCocktailStaysOnTuesdayEighteen() {
        PlannedGesture cocktail = new PlannedGesture(1, "cocktail", LocalDate.of(2020, 2, 18), LocalTime.of(17, 0),
                LocalTime.of(19, 0), "", "", GestureState.PLANNED, List.of());
        assertThat(GestureRules.check(campaign, cocktail)).isEmpty();
        assertThat(GestureRules.check(campaign, cocktail.withDay(LocalDate.of(2020, 2, 19))))
                .contains("gestures.error.cocktailDay");
    }

    @Test
    void anEmptyTitleIsRefused() {
        assertThat(GestureRules.title("  ")).contains("gestures.error.title");
        assertThat(GestureRules.title(null)).isEqualTo(Optional.of("gestures.error.title"));
        assertThat(GestureRules.title("Visite")).isEmpty();
    }
}
