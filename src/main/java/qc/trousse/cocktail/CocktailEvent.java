package qc.trousse.cocktail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The cocktail at the Assemblée nationale as the office plans it. The date is the campaign's and never
 * edited; {@code travel} is null while the office keeps the default travel time of its region.
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
        Duration margin) {

    /** The Parliament Building, where the cocktail is held. */
    public static final String ADDRESS = "Hôtel du Parlement, 1045, rue des Parlementaires, Québec (Québec) G1A 1A3";
    public static final LocalTime DEFAULT_START = LocalTime.of(17, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(19, 0);
    /** Time to park, get through security and reach the room before it starts. */
    public static final Duration DEFAULT_MARGIN = Duration.ofMinutes(45);

    public CocktailEvent {
        room = clean(room);
        entrance = clean(entrance);
        bring = clean(bring);
        departurePlace = clean(departurePlace);
        attendingStaff = List.copyOf(attendingStaff);
    }

    public static CocktailEvent defaults(LocalDate date) {
        return new CocktailEvent(date, DEFAULT_START, DEFAULT_END, "", "", "", List.of(), "", null,
                DEFAULT_MARGIN);
    }

    public CocktailEvent withTimes(LocalTime newStart, LocalTime newEnd) {
        return new CocktailEvent(date, newStart, newEnd, room, entrance, bring, attendingStaff, departurePlace,
                travel, margin);
    }

    public CocktailEvent withPlace(String newRoom, String newEntrance) {
        return new CocktailEvent(date, start, end, newRoom, newEntrance, bring, attendingStaff, departurePlace,
                travel, margin);
    }

    public CocktailEvent withBring(String v) {
        return new CocktailEvent(date, start, end, room, entrance, v, attendingStaff, departurePlace, travel, margin);
    }

    public CocktailEvent withAttendingStaff(List<String> v) {
        return new CocktailEvent(date, start, end, room, entrance, bring, v, departurePlace, travel, margin);
    }

    public CocktailEvent withDeparturePlace(String v) {
        return new CocktailEvent(date, start, end, room, entrance, bring, attendingStaff, v, travel, margin);
    }

    /** Null travel means: use the region's default. */
    public CocktailEvent withTravel(Duration v) {
        return new CocktailEvent(date, start, end, room, entrance, bring, attendingStaff, departurePlace, v, margin);
    }

    public CocktailEvent withMargin(Duration v) {
        return new CocktailEvent(date, start, end, room, entrance, bring, attendingStaff, departurePlace, travel, v);
    }

    /** The place in one line: room, then the building's address. */
    public String location() {
        return room.isEmpty() ? ADDRESS : room + ", " + ADDRESS;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
