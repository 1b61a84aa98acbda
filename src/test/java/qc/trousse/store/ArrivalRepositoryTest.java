package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.cocktail.Arrival;
import qc.trousse.cocktail.RsvpState;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArrivalRepositoryTest {
    @TempDir
    Path dir;

    private static final Instant FIVE = Instant.parse("2020-02-19T22:00:00Z");
    private static final Instant FIVE_TEN = Instant.parse("2020-02-19T22:10:00Z");

    @Test
    void arrivalsSurviveReopeningTheFileInTheOrderTheGuestsCame() throws Exception {
        Path file = dir.resolve("door.db");
        try (DataFile data = DataFile.open(file)) {
            new ArrivalRepository(data).writeArrivals(List.of(
                    new Arrival(7, FIVE_TEN, true, RsvpState.INVITED),
                    new Arrival(3, FIVE, false, RsvpState.CONFIRMED)), List.of());
        }
        try (DataFile data = DataFile.open(file)) {
            assertThat(new ArrivalRepository(data).arrivals()).containsExactly(
                    new Arrival(3, FIVE, false, RsvpState.CONFIRMED),
                    new Arrival(7, FIVE_TEN, true, RsvpState.INVITED));
        }
    }

    @Test
    void aSecondCheckInOfTheSameGuestReplacesTheFirstAndDeletingForgetsIt() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("again.db"))) {
            ArrivalRepository repo = new ArrivalRepository(data);
            repo.writeArrivals(List.of(new Arrival(3, FIVE, false, RsvpState.CONFIRMED),
                    new Arrival(4, FIVE, false, RsvpState.INVITED)), List.of());
            repo.writeArrivals(List.of(new Arrival(3, FIVE_TEN, false, RsvpState.CONFIRMED)), List.of(4L));
            assertThat(repo.arrivals()).containsExactly(new Arrival(3, FIVE_TEN, false, RsvpState.CONFIRMED));
        }
    }

    @Test
    void aBadArrivalLeavesTheDeletionsOfTheSameWriteUndone() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("half.db"))) {
            ArrivalRepository repo = new ArrivalRepository(data);
            repo.writeArrivals(List.of(new Arrival(3, FIVE, false, RsvpState.CONFIRMED)), List.of());
            assertThatThrownBy(() -> repo.writeArrivals(List.of(new Arrival(5, null, false, RsvpState.INVITED)),
                    List.of(3L))).isInstanceOf(RuntimeException.class);
            assertThat(repo.arrivals()).containsExactly(new Arrival(3, FIVE, false, RsvpState.CONFIRMED));
        }
    }
}
