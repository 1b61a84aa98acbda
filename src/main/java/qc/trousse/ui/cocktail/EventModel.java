package qc.trousse.ui.cocktail;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.cocktail.CocktailEvent;
import qc.trousse.cocktail.CocktailService;
import qc.trousse.cocktail.EventRules;
import qc.trousse.i18n.I18n;
import qc.trousse.office.OfficeService;
import qc.trousse.ui.WriteBack;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The event as form fields. A valid change is saved at once as an undoable edit; a field that does not read yet
 * shows its problem and saves nothing. Undo flows back into the fields, and a field showing what the file holds
 * is not written again ({@link WriteBack}).
 */
public final class EventModel {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");
    private final CocktailService cocktail;
    private final OfficeService office;
    private final StringProperty start = new SimpleStringProperty();
    private final StringProperty end = new SimpleStringProperty();
    private final StringProperty timesProblem = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty();
    private final StringProperty entrance = new SimpleStringProperty();
    private final StringProperty bring = new SimpleStringProperty();
    private final StringProperty departurePlace = new SimpleStringProperty();
    private final StringProperty travel = new SimpleStringProperty();
    private final StringProperty margin = new SimpleStringProperty();
    private final StringProperty travelProblem = new SimpleStringProperty("");
    private final ObservableList<String> attending = FXCollections.observableArrayList();
    private final TripModel trip;
    private final Guard guard;
    /** The event the fields were last filled from. */
    private CocktailEvent shown;

    EventModel(CocktailService cocktail, OfficeService office, Guard guard) {
        this.cocktail = cocktail;
        this.office = office;
        this.guard = guard;
        this.trip = new TripModel(cocktail, office);
        show();
        start.addListener((o, a, b) -> times());
        end.addListener((o, a, b) -> times());
        text(room, "room", CocktailEvent::room, (e, v) -> e.withPlace(v, e.entrance()));
        text(entrance, "entrance", CocktailEvent::entrance, (e, v) -> e.withPlace(e.room(), v));
        text(bring, "bring", CocktailEvent::bring, CocktailEvent::withBring);
        text(departurePlace, "departurePlace", CocktailEvent::departurePlace, CocktailEvent::withDeparturePlace);
        travel.addListener((o, a, b) -> durations());
        margin.addListener((o, a, b) -> durations());
    }

    private void text(StringProperty field, String name, Function<CocktailEvent, String> held,
                      BiFunction<CocktailEvent, String, CocktailEvent> set) {
        WriteBack.of(field, () -> held.apply(cocktail.event()),
                v -> guard.run(() -> cocktail.update(name, e -> set.apply(e, v))));
    }

    /**
     * A pair of fields is saved together (an end fixed back to 19:00 saves the start typed meanwhile), so it is
     * saved only when the fields were filled from the event the file holds: never half-filled from a newer one.
     */
    private boolean filledFromTheFile() {
        return cocktail.event() == shown;
    }

    private void times() {
        LocalTime s = EventRules.parseTime(start.get());
        LocalTime e = EventRules.parseTime(end.get());
        Optional<String> problem = EventRules.times(s, e);
        timesProblem.set(problem.map(I18n::tr).orElse(""));
        if (problem.isEmpty() && filledFromTheFile()) {
            guard.run(() -> cocktail.update("start", ev -> ev.withTimes(s, e)));
        }
    }

    private void durations() {
        String typed = travel.get() == null ? "" : travel.get().strip();
        Duration t = typed.isEmpty() ? null : EventRules.parseDuration(typed);
        Duration m = EventRules.parseDuration(margin.get());
        Optional<String> problem = (t == null && !typed.isEmpty()) ? EventRules.travel(null)
                : m == null ? EventRules.travel(null) : t == null ? Optional.empty() : EventRules.travel(t);
        travelProblem.set(problem.map(I18n::tr).orElse(""));
        if (problem.isEmpty() && filledFromTheFile()) {
            guard.run(() -> cocktail.update("travel", ev -> ev.withTravel(t).withMargin(m)));
        }
    }

    /** Back to the region's default travel time. */
    public void resetTravel() {
        guard.run(() -> cocktail.update("travel", ev -> ev.withTravel(null)));
    }

    public void setAttending(String name, boolean on) {
        List<String> next = new ArrayList<>(cocktail.event().attendingStaff());
        next.remove(name);
        if (on) {
            next.add(name);
        }
        List<String> ordered = office.profile().staff().stream().filter(next::contains).toList();
        guard.run(() -> cocktail.update("staff", ev -> ev.withAttendingStaff(ordered)));
    }

    /** Fills the fields from the saved event; what they then hold is the file's, so nothing is written back. */
    void show() {
        CocktailEvent e = cocktail.event();
        setIfOther(start, e.start(), EventRules.parseTime(start.get()), e.start().format(HOUR));
        setIfOther(end, e.end(), EventRules.parseTime(end.get()), e.end().format(HOUR));
        setText(room, e.room());
        setText(entrance, e.entrance());
        setText(bring, e.bring());
        setText(departurePlace, e.departurePlace());
        setIfOther(travel, e.travel(), EventRules.parseDuration(travel.get()),
                e.travel() == null ? "" : EventRules.format(e.travel()));
        setIfOther(margin, e.margin(), EventRules.parseDuration(margin.get()), EventRules.format(e.margin()));
        trip.show();
        if (!attending.equals(e.attendingStaff())) {
            attending.setAll(e.attendingStaff());
        }
        shown = e;
    }

    /** Leaves a field alone while what is typed already means the saved value ("17 h" stays "17 h"). */
    private static <T> void setIfOther(StringProperty field, T saved, T typed, String text) {
        if (field.get() == null || !java.util.Objects.equals(saved, typed)) {
            field.set(text);
        }
    }

    private static void setText(StringProperty field, String value) {
        if (!value.equals(field.get() == null ? "" : field.get().strip())) {
            field.set(value);
        }
    }

    public List<String> officeStaff() {
        return office.profile().staff();
    }

    public ObservableList<String> attending() {
        return attending;
    }

    public StringProperty start() {
        return start;
    }

    public StringProperty end() {
        return end;
    }

    public StringProperty timesProblem() {
        return timesProblem;
    }

    public StringProperty room() {
        return room;
    }

    public StringProperty entrance() {
        return entrance;
    }

    public StringProperty bring() {
        return bring;
    }

    public StringProperty departurePlace() {
        return departurePlace;
    }

    public StringProperty travel() {
        return travel;
    }

    public StringProperty margin() {
        return margin;
    }

    public StringProperty travelProblem() {
        return travelProblem;
    }

    /** The trip as it follows from the saved event. */
    public TripModel trip() {
        return trip;
    }
}
