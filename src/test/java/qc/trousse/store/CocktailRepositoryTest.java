package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.cocktail.CocktailEvent;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CocktailRepositoryTest {
    @TempDir
    Path dir;

    private static final LocalDate DAY = LocalDate.of(2020, 2, 19);

    private static Guest guest(long id, String name, long vehicle) {
        return new Guest(id, GuestKind.PERSON, name, "École du Chêne-Bleu", "Enseignante", "lea@example.qc.ca",
                "418 555-0150", "Mentorat", RsvpState.CONFIRMED, 2, "végétarien", "fauteuil", true, vehicle);
    }

    @Test
    void aFileWithoutCocktailHasNoEventNoGuestsAndStartsIdsAtOne() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("empty.db"))) {
            CocktailRepository repo = new CocktailRepository(data);
            assertThat(repo.loadEvent(DAY)).isEmpty();
            assertThat(repo.guests()).isEmpty();
            assertThat(repo.nextGuestId()).isEqualTo(1);
            assertThat(repo.nextVehicleId()).isEqualTo(1);
        }
    }

    @Test
    void theEventWithItsStaffAndTravelTimeSurvivesReopeningTheFile() throws Exception {
        Path file = dir.resolve("event.db");
        CocktailEvent event = CocktailEvent.defaults(DAY, "").withPlace("Salon rouge", "Porte 3")
                .withAttendingStaff(List.of("Karim", "Élise")).withTravel(Duration.ofMinutes(35));
        try (DataFile data = DataFile.open(file)) {
            new CocktailRepository(data).saveEvent(event);
        }
        try (DataFile data = DataFile.open(file)) {
            assertThat(new CocktailRepository(data).loadEvent(DAY)).contains(event);
        }
    }

    @Test
    void anEventWithoutTravelTimeComesBackWithoutOne() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("notravel.db"))) {
            CocktailRepository repo = new CocktailRepository(data);
            repo.saveEvent(CocktailEvent.defaults(DAY, "").withTimes(LocalTime.of(16, 30), LocalTime.of(18, 0)));
            CocktailEvent loaded = repo.loadEvent(DAY).orElseThrow();
            assertThat(loaded.travel()).isNull();
            assertThat(loaded.start()).isEqualTo(LocalTime.of(16, 30));
        }
    }

    @Test
    void guestsAndVehiclesAreWrittenReplacedAndDeletedInOneWrite() throws Exception {
        Path file = dir.resolve("guests.db");
        Vehicle bus = new Vehicle(1, "Autobus scolaire", VehicleKind.BUS, 48, List.of("Karim"));
        try (DataFile data = DataFile.open(file)) {
            CocktailRepository repo = new CocktailRepository(data);
            repo.writeVehicles(List.of(bus, new Vehicle(2, "Auto de Julie", VehicleKind.CAR, 4, List.of())), List.of());
            repo.writeGuests(List.of(guest(1, "Léa Roy", 1), guest(2, "Noah Côté", 0)), List.of());
            repo.writeGuests(List.of(guest(1, "Léa Roy-Gagnon", 1)), List.of(2L));
            repo.writeVehicles(List.of(), List.of(2L));
        }
        try (DataFile data = DataFile.open(file)) {
            CocktailRepository repo = new CocktailRepository(data);
            assertThat(repo.guests()).containsExactly(guest(1, "Léa Roy-Gagnon", 1));
            assertThat(repo.vehicles()).containsExactly(bus);
            assertThat(repo.nextGuestId()).isEqualTo(2);
            assertThat(repo.nextVehicleId()).isEqualTo(2);
        }
    }
}
