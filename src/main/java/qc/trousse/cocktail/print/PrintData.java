package qc.trousse.cocktail.print;

import qc.trousse.cocktail.CocktailEvent;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestCounts;
import qc.trousse.cocktail.TravelPlan;
import qc.trousse.cocktail.Vehicle;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the printables show: the event and its trip, the guests, the vehicles, whose office it is, and the
 * guest list's figures as the cocktail screen and the report give them.
 */
public record PrintData(String title, String mnaName, CocktailEvent event, TravelPlan plan, List<Guest> guests,
                        List<Vehicle> vehicles, GuestCounts counts) {
    public PrintData {
        guests = List.copyOf(guests);
        vehicles = List.copyOf(vehicles);
    }

    /** Guests in French alphabetical order (accents sorted as the door staff expect). */
    public List<Guest> sorted(GuestSelection selection) {
        Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
        return selection.of(guests).stream().sorted(Comparator.comparing(Guest::name, collator)).toList();
    }

    /** The same printables for other guests (a badge printed at the door), with the whole list's figures. */
    public PrintData forGuests(List<Guest> some) {
        return new PrintData(title, mnaName, event, plan, some, vehicles, counts);
    }

    public String vehicleName(long id) {
        return vehicles.stream().filter(v -> v.id() == id).map(Vehicle::name).findFirst().orElse("");
    }
}
