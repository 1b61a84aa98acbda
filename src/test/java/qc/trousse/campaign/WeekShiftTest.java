package qc.trousse.campaign;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A week moved: its days, Monday to Sunday, go to the same weekday; any other day stays. */
class WeekShiftTest {
    private final WeekShift earlier = new WeekShift(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 8));

    @Test
    void theWeeksDaysKeepTheirWeekdayAndOthersTheirDate() {
        assertThat(earlier.apply(LocalDate.of(2027, 2, 16))).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(earlier.apply(LocalDate.of(2027, 2, 21))).as("its Sunday").isEqualTo(LocalDate.of(2027, 2, 14));
        assertThat(earlier.moves(LocalDate.of(2027, 2, 22))).isFalse();
        assertThat(earlier.apply(LocalDate.of(2027, 2, 1))).as("a step weeks before").isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(earlier.moves(null)).isFalse();
        assertThat(earlier.isNone()).isFalse();
        assertThat(new WeekShift(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 15)).isNone()).isTrue();
    }
}
