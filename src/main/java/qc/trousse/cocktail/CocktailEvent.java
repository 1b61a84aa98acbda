package qc.trousse.cocktail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The cocktail at the Assemblée nationale as the office plans it. The date and the building's address are the
 * edition's (its campaign file; an empty address is not announced) and never edited here; {@code travel} is null
 * while the office keeps the default travel time of its region.
 */
public record CocktailEvent(
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String room,
        String entrance,
        String bring,
        List<String> attendingStaff,
        String departurePlace,
        Duration travel,
        Duration margin,
        String address) {

    public static final LocalTime DEFAULT_START = LocalTime.of(17, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(19, 0);
    /** Time to park, get through security and reach the room before it starts. */
    public static final Duration DEFAULT_MARGIN = Duration.ofMinutes(45);

    public CocktailEvent {
        room = clean(room);
        entrance = clean(entrance);
        bring = clean(bring);
        departurePlace = clean(departurePlace);
        address = clean(address);
        attendingStaff = List.copyOf(attendingStaff);
    }

    /** The office's plan as the file stores it: the address is the edition's, set with {@link #at(String)}. */
    public CocktailEvent(LocalDate date, LocalTime start, LocalTime end, String room, String entrance, String bring,
                         List<String> attendingStaff, String departurePlace, Duration travel, Duration margin) {
        this(date, start, end, room, entrance, bring, attendingStaff, departurePlace, travel, margin, "");
    }

    /** The event as an edition announces it: its day and the building's address (empty: not announced). */
    public static CocktailEvent defaults(LocalDate date, String address) {
        return new CocktailEvent(date, DEFAULT_START, DEFAULT_END, "", "", "", List.of(), "", null,
                DEFAULT_MARGIN, address);
    }

    /** The same event at the edition's address: the file keeps the office's plan, the edition its place. */
    public CocktailEvent at(String editionAddress) {
        return new CocktailEvent(date, start, end, room, entrance, bring, attendingStaff, departurePlace, travel,
                margin, editionAddress);
    }

    public CocktailEvent withTimes(LocalTime newStart, LocalTime newEnd) {
        return new CocktailEvent(date, newStart, newEnd, room, entrance, bring, attendingStaff, departurePlace,
                travel, margin, address);
    }

    public CocktailEvent withPlace(String newRoom, String newEntrance) {
        return new CocktailEvent(date, start, end, newRoom, newEntrance, bring, attendingStaff, departurePlace,
                travel, margin, address);
    }

    public CocktailEvent withBring(String v) {
        return new CocktailEvent(date, start, end, room, entrance, v, attendingStaff, departurePlace, travel, margin,
                address);
    }

    public CocktailEvent withAttendingStaff(List<String> v) {
        return new CocktailEvent(date, start, end, room, entrance, bring, v, departurePlace, travel, margin, address);
    }

    public CocktailEvent withDeparturePlace(String v) {
        return new CocktailEvent(date, start, end, room, entrance, bring, attendingStaff, v, travel, margin, address);
    }

    /** Null travel means: use the region's default. */
    public CocktailEvent withTravel(Duration v) {
        return new CocktailEvent(date, start, end, room, entrance, bring, attendingStaff, departurePlace, v, margin,
                address);
    }

    public CocktailEvent withMargin(Duration v) {
        return new CocktailEvent(date, start, end, room, entrance, bring, attendingStaff, departurePlace, travel, v,
                address);
    }

    /** The building's address, or that it is to be confirmed: never one the edition does not give. */
    public String shownAddress() {
        return address.isEmpty() ? qc.trousse.i18n.I18n.tr("cocktail.address.toConfirm") : address;
    }

    /** The place in one line: room, then the building's address. */
    public String location() {
        return room.isEmpty() ? shownAddress() : room + ", " + shownAddress();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
