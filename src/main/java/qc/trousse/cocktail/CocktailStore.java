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

    /** The same with progress and Cancel: a cancelled write is rolled back whole. */
    default void writeGuests(List<Guest> put, List<Long> delete, qc.trousse.work.Progress progress)
            throws qc.trousse.work.Progress.CancelledException {
        progress.throwIfCancelled();
        writeGuests(put, delete);
        progress.update(put.size(), put.size());
    }

    long nextGuestId();

    List<Vehicle> vehicles();

    /** Inserts or replaces the given vehicles and deletes the others named, all or none. */
    void writeVehicles(List<Vehicle> put, List<Long> delete);

    long nextVehicleId();
}
