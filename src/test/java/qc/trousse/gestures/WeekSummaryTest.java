package qc.trousse.gestures;

import qc.trousse.campaign.Editions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WeekSummaryTest {
    private static PlannedGesture gesture(long id, String key, LocalDate day, GestureState state) {
        return new PlannedGesture(id, key, day, LocalTime.of(10, 0), LocalTime.of(11, 0), "", "Julie", state,
                GestureTemplates.checklist(Editions.shipped().year(2020), key, "Julie"));
    }

    @Test
    void countsAndDueItemsRelativeToTheSimulatedToday() {
        PlannedGesture cert = gesture(1, "certificate", LocalDate.of(2020, 2, 19), GestureState.PLANNED)
                .withItem(0, i -> i.withDone(true));
        PlannedGesture ribbon = gesture(2, "ribbon", LocalDate.of(2020, 2, 17), GestureState.IDEA);
        PlannedGesture gone = gesture(3, "thanks", LocalDate.of(2020, 2, 18), GestureState.CANCELLED);
        PlannedGesture done = gesture(4, "encouragement", LocalDate.of(2020, 2, 17), GestureState.DONE);

        WeekSummary s = WeekSummary.of(List.of(cert, ribbon, gone, done), LocalDate.of(2020, 2, 18));

        assertThat(s.chosen()).isEqualTo(3);
        assertThat(s.planned()).isEqualTo(1);
        assertThat(s.done()).isEqualTo(1);
        // certificate: D-7 "book the place" (12 Feb), D-3 "press" (16 Feb) late; ribbon: all five late.
        assertThat(s.overdue()).hasSize(7);
        // certificate D-1 "print" falls on Tuesday 18.
        assertThat(s.dueToday()).extracting(d -> d.item().templateKey())
                .containsExactly("gestures.item.certificate.print");
        assertThat(s.next()).hasSize(3);
        assertThat(s.next().get(0).due()).isEqualTo(LocalDate.of(2020, 2, 10));
        assertThat(s.next().get(0).gesture().id()).isEqualTo(2);
    }

    @Test
    void anEmptyPlanHasNoNextStep() {
        WeekSummary s = WeekSummary.of(List.of(), LocalDate.of(2020, 2, 17));
        assertThat(s.chosen()).isZero();
        assertThat(s.next()).isEmpty();
    }
}
