package qc.trousse.cocktail;

import java.util.List;

/** Where the door's check-ins live in the data file. Each method is one transaction. */
public interface ArrivalStore {
    List<Arrival> arrivals();

    /** Inserts or replaces the given arrivals by guest and deletes those of the guests named, all or none. */
    void writeArrivals(List<Arrival> put, List<Long> delete);
}
