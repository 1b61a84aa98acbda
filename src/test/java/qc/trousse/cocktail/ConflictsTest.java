package qc.trousse.cocktail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictsTest {
    private static final LocalDate DAY = LocalDate.of(2020, 2, 18);
    /** Departure 13:15, back 22:15 (3 h road, 45 min margin, 17:00–19:00). */
    private final TravelPlan trip = TravelPlan.of(CocktailEvent.defaults(DAY, "").withTravel(Duration.ofHours(3)),
            Duration.ZERO);

    private static Busy busy(String title, int h1, int m1, int h2, int m2) {
        return new Busy(title, LocalTime.of(h1, m1), LocalTime.of(h2, m2), "Député·e");
    }

    @Test
    void commitmentsDuringTheTripOrTheCocktailAreConflicts() {
        Map<LocalDate, List<Busy>> plan = Map.of(DAY, List.of(
                busy("Remise de certificat, école Sainte-Marie", 10, 0, 11, 0),
                busy("Dîner avec le CA du Carrefour jeunesse", 12, 30, 13, 30),
                busy("Entrevue radio", 15, 0, 15, 20),
                busy("Souper-bénéfice", 21, 0, 23, 0)));
        DayAgenda agenda = day -> plan.getOrDefault(day, List.of());
        assertThat(Conflicts.find(trip, agenda)).extracting(Busy::title).containsExactly(
                "Dîner avec le CA du Carrefour jeunesse", "Entrevue radio", "Souper-bénéfice");
    }

    @Test
    void touchingTheTripIsNoConflictAndOtherDaysDoNotCount() {
        Map<LocalDate, List<Busy>> plan = Map.of(
                DAY, List.of(busy("Réunion d’équipe", 12, 0, 13, 15), busy("Appel", 22, 15, 22, 45)),
                DAY.minusDays(1), List.of(busy("Ruban vert", 13, 0, 23, 0)));
        assertThat(Conflicts.find(trip, day -> plan.getOrDefault(day, List.of()))).isEmpty();
    }

    @Test
    void theEmptyAgendaHasNoConflict() {
        assertThat(Conflicts.find(trip, DayAgenda.NONE)).isEmpty();
    }

    @Test
    void aTripPastMidnightLooksAtTheNextDayToo() {
        TravelPlan late = TravelPlan.of(CocktailEvent.defaults(DAY, "").withTravel(Duration.ofHours(9)), Duration.ZERO);
        Map<LocalDate, List<Busy>> plan = Map.of(DAY.plusDays(1), List.of(busy("Déjeuner", 3, 0, 4, 0)));
        assertThat(Conflicts.find(late, day -> plan.getOrDefault(day, List.of()))).hasSize(1);
    }
}
