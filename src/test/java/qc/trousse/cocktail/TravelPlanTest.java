package qc.trousse.cocktail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class TravelPlanTest {
    private static final LocalDate DAY = LocalDate.of(2020, 2, 18);

    @Test
    void departureIsWorkedBackFromTheStartWithTheMargin() {
        CocktailEvent event = CocktailEvent.defaults(DAY, "").withTravel(Duration.ofHours(3));
        TravelPlan plan = TravelPlan.of(event, Duration.ofMinutes(20));
        // 17:00 − 0:45 margin − 3:00 road
        assertThat(plan.departure()).isEqualTo(LocalDateTime.of(2020, 2, 18, 13, 15));
        assertThat(plan.arrival()).isEqualTo(LocalDateTime.of(2020, 2, 18, 16, 15));
        // 19:00 + 0:15 to leave, + 3:00 road
        assertThat(plan.returnLeave()).isEqualTo(LocalDateTime.of(2020, 2, 18, 19, 15));
        assertThat(plan.returnArrival()).isEqualTo(LocalDateTime.of(2020, 2, 18, 22, 15));
        assertThat(plan.defaultTravel()).isFalse();
    }

    @Test
    void withoutItsOwnTimeTheRegionDefaultIsUsed() {
        TravelPlan plan = TravelPlan.of(CocktailEvent.defaults(DAY, ""), Duration.ofMinutes(20));
        assertThat(plan.departure()).isEqualTo(LocalDateTime.of(2020, 2, 18, 15, 55));
        assertThat(plan.defaultTravel()).isTrue();
    }

    @Test
    void aLongRoadEndsAfterMidnightAndAnEarlyStartLeavesTheDayBefore() {
        CocktailEvent event = CocktailEvent.defaults(DAY, "").withTimes(LocalTime.of(9, 0), LocalTime.of(11, 0))
                .withTravel(Duration.ofHours(10)).withMargin(Duration.ofMinutes(30));
        TravelPlan plan = TravelPlan.of(event, Duration.ZERO);
        assertThat(plan.departure()).isEqualTo(LocalDateTime.of(2020, 2, 17, 22, 30));
        CocktailEvent late = CocktailEvent.defaults(DAY, "").withTravel(Duration.ofHours(9));
        assertThat(TravelPlan.of(late, Duration.ZERO).returnArrival()).isEqualTo(LocalDateTime.of(2020, 2, 19, 4, 15));
    }

    @Test
    void everyRegionHasADefaultTravelTime() {
        TravelTimes times = TravelTimes.load();
        qc.trousse.office.Ridings ridings = qc.trousse.office.Ridings.load();
        assertThat(times.all().keySet()).containsExactlyInAnyOrderElementsOf(ridings.regions());
        assertThat(times.forRegion("Capitale-Nationale")).isEqualTo(Duration.ofMinutes(20));
        assertThat(times.forRegion("Montréal")).isEqualTo(Duration.ofHours(3));
        assertThat(times.forRegion("Gaspésie–Îles-de-la-Madeleine")).isEqualTo(Duration.ofHours(9));
        assertThat(times.forRegion("")).isEqualTo(TravelTimes.UNKNOWN);
    }

    @Test
    void timesAndDurationsAreReadAsPeopleWriteThem() {
        assertThat(EventRules.parseTime("17:00")).isEqualTo(LocalTime.of(17, 0));
        assertThat(EventRules.parseTime("17 h 30")).isEqualTo(LocalTime.of(17, 30));
        assertThat(EventRules.parseTime("17h")).isEqualTo(LocalTime.of(17, 0));
        assertThat(EventRules.parseTime("25:00")).isNull();
        assertThat(EventRules.parseTime("cinq heures")).isNull();
        assertThat(EventRules.parseDuration("3:30")).isEqualTo(Duration.ofMinutes(210));
        assertThat(EventRules.parseDuration("45")).isEqualTo(Duration.ofMinutes(45));
        assertThat(EventRules.format(Duration.ofMinutes(65))).isEqualTo("1:05");
        assertThat(EventRules.times(LocalTime.of(19, 0), LocalTime.of(17, 0))).contains("cocktail.problem.endBeforeStart");
        assertThat(EventRules.travel(Duration.ofHours(17))).contains("cocktail.problem.travel");
    }
}
