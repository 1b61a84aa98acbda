package qc.trousse.cocktail;

import java.util.List;
import java.util.Optional;

/** Where the cocktail lives in the data file. Each method is one transaction. */
public interface CocktailStore {
    /** The event as saved; empty until the office changed something. The date comes from the caller. */
    Optional<CocktailEvent> loadEvent(java.time.LocalDate date);

    void saveEvent(CocktailEvent event);

    List<Guest> guests();

    /** Inserts or replaces the given guests by id and deletes the others named, all or none. */
    void writeGuests(List<Guest> put, List<Long> delete);

    long nextGuestId();

    List<Vehicle> vehicles();

    /** Inserts or replaces the given vehicles and deletes the others named, all or none. */
    void writeVehicles(List<Vehicle> put, List<Long> delete);

    long nextVehicleId();
}
