package qc.trousse.gestures;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverlapTest {
    private static final LocalDate TUESDAY = LocalDate.of(2020, 2, 18);

    private static PlannedGesture at(long id, LocalDate day, int from, int to, String owner) {
        return new PlannedGesture(id, "certificate", day, LocalTime.of(from, 0), LocalTime.of(to, 0), "", owner,
                GestureState.PLANNED, List.of());
    }

    @Test
    void sameOwnerSameDayCrossingTimesOverlap() {
        List<Overlap> found = Overlap.in(List.of(at(1, TUESDAY, 17, 19, "Karim"), at(2, TUESDAY, 18, 20, "Karim")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).involves(1)).isTrue();
        assertThat(found.get(0).involves(2)).isTrue();
        assertThat(found.get(0).involves(3)).isFalse();
    }

    @Test
    void aSlotInsideAnotherOverlaps() {
        assertThat(Overlap.in(List.of(at(1, TUESDAY, 8, 17, "Sophie"), at(2, TUESDAY, 10, 11, "Sophie"))))
                .hasSize(1);
    }

    @Test
    void touchingSlotsDoNotOverlap() {
        assertThat(Overlap.in(List.of(at(1, TUESDAY, 10, 11, "Julie"), at(2, TUESDAY, 11, 12, "Julie")))).isEmpty();
    }

    @Test
    void differentOwnersOrDaysDoNotOverlap() {
        assertThat(Overlap.in(List.of(at(1, TUESDAY, 10, 12, "Julie"), at(2, TUESDAY, 10, 12, "Karim")))).isEmpty();
        assertThat(Overlap.in(List.of(at(1, TUESDAY, 10, 12, "Julie"), at(2, TUESDAY.plusDays(1), 10, 12, "Julie"))))
                .isEmpty();
    }

    @Test
    void cancelledOrUnownedGesturesDoNotCount() {
        assertThat(Overlap.in(List.of(at(1, TUESDAY, 10, 12, "Julie"),
                at(2, TUESDAY, 10, 12, "Julie").withState(GestureState.CANCELLED)))).isEmpty();
        assertThat(Overlap.in(List.of(at(1, TUESDAY, 10, 12, ""), at(2, TUESDAY, 10, 12, "")))).isEmpty();
    }

    @Test
    void threeAtOnceGiveThreePairs() {
        assertThat(Overlap.in(List.of(at(1, TUESDAY, 9, 12, "J"), at(2, TUESDAY, 10, 12, "J"),
                at(3, TUESDAY, 11, 12, "J")))).hasSize(3);
    }
}
