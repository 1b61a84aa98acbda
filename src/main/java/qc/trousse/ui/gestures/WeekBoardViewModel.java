package qc.trousse.ui.gestures;

import qc.trousse.campaign.WeekWords;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import qc.trousse.gestures.CocktailClash;
import qc.trousse.gestures.CocktailClashes;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.Overlap;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.DialogService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The week board: five days of cards, moves between days, states, and warnings when one person is booked
 * twice at once or a gesture falls inside the cocktail trip. The revision goes up on every change of the plan (undo included) so the view redraws.
 */
public final class WeekBoardViewModel {
    private final GestureService service;
    private final DialogService dialogs;
    private final CocktailClashes clashes;
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final Runnable listener = () -> revision.set(revision.get() + 1);

    public WeekBoardViewModel(GestureService service, DialogService dialogs) {
        this(service, dialogs, CocktailClashes.NONE);
    }

    /** With the cocktail's clashes: a change of the cocktail's times or road redraws the board too. */
    public WeekBoardViewModel(GestureService service, DialogService dialogs, CocktailClashes clashes) {
        this.service = service;
        this.dialogs = dialogs;
        this.clashes = clashes;
        service.addListener(listener);
        clashes.addListener(listener);
    }

    public ReadOnlyIntegerProperty revision() {
        return revision;
    }

    public ObjectProperty<Long> selected() {
        return selected;
    }

    /**
     * Adds a gesture of the office's own from the board (not only from the walk-through): on the week's first
     * day, in the first family, chosen at once so its checklist shows. A bad title is said and nothing is added.
     */
    public Optional<String> addGesture(String title) {
        Optional<String> problem = qc.trousse.gestures.GestureRules.title(title).map(I18n::tr);
        if (problem.isEmpty()) {
            PlannedGesture[] added = new PlannedGesture[1];
            Guard.run(dialogs, () -> added[0] = service.addCustom(title,
                    service.campaign().families().get(0).id(), ""));
            if (added[0] != null) {
                selected.set(added[0].id());
            }
        }
        return problem;
    }

    public List<LocalDate> days() {
        return service.campaign().days();
    }

    /** "Semaine du 17 au 21 février": the board's tab, with the edition's dates. */
    public String weekTitle() {
        return WeekWords.tr(service.campaign(), "gestures.tab.board");
    }

    /** The cards of a day, cancelled ones too (so they can be brought back), by start time. */
    public List<PlannedGesture> cards(LocalDate day) {
        return service.all().stream().filter(g -> g.day().equals(day)).toList();
    }

    public String title(PlannedGesture g) {
        return service.title(g);
    }

    /** Booked twice at once, or inside the cocktail trip: either way the card is marked. */
    public boolean overlapping(long id) {
        return service.overlaps().stream().anyMatch(o -> o.involves(id)) || cocktailClash(id).isPresent();
    }

    /** « Chevauche le cocktail à l’Assemblée nationale (départ 13 h 15, retour 23 h 05) », or nothing. */
    public Optional<String> cocktailClash(long id) {
        return clashes.find().stream().filter(c -> c.gestureId() == id).findFirst()
                .map(c -> I18n.tr("gestures.board.cocktail", hour(c.departure()), hour(c.back())));
    }

    /** One sentence per clash: who, which day, which two gestures. */
    public List<String> warnings() {
        List<String> lines = warnings(service);
        for (CocktailClash c : clashes.find()) {
            service.find(c.gestureId()).ifPresent(g -> lines.add(I18n.tr("gestures.board.cocktailLine",
                    service.title(g), Days.format(g.day()), Days.slot(g.start(), g.end()), hour(c.departure()),
                    hour(c.back()))));
        }
        return lines;
    }

    private static String hour(LocalDateTime t) {
        return Days.hour(t.toLocalTime());
    }

    static List<String> warnings(GestureService service) {
        List<String> lines = new ArrayList<>();
        for (PlannedGesture g : outsideTheWeek(service)) {
            lines.add(WeekWords.tr(service.campaign(), "gestures.board.outside", service.title(g), Days.format(g.day())));
        }
        for (Overlap o : service.overlaps()) {
            lines.add(I18n.tr("gestures.board.overlap", o.first().owner(), Days.format(o.first().day()),
                    service.title(o.first()), Days.slot(o.first().start(), o.first().end()),
                    service.title(o.second()), Days.slot(o.second().start(), o.second().end())));
        }
        return lines;
    }

    /** Gestures whose day is not in the campaign week (a file edited elsewhere): shown apart so they can be moved back. */
    public List<PlannedGesture> outsideTheWeek() {
        return outsideTheWeek(service);
    }

    private static List<PlannedGesture> outsideTheWeek(GestureService service) {
        return service.all().stream().filter(g -> !service.campaign().contains(g.day())).toList();
    }

    public boolean move(long id, LocalDate day) {
        return service.find(id).filter(g -> !g.day().equals(day)).map(g -> Guard.run(dialogs,
                () -> service.move(id, day))).orElse(false);
    }

    /** The states a card offers: where it is now, then where it may go. */
    public List<GestureState> states(PlannedGesture g) {
        List<GestureState> states = new ArrayList<>(List.of(g.state()));
        states.addAll(g.state().next());
        return states;
    }

    public void setState(long id, GestureState state) {
        service.find(id).filter(g -> g.state() != state).ifPresent(g -> Guard.run(dialogs,
                () -> service.setState(id, state)));
    }

    public boolean isEmpty() {
        return service.all().isEmpty();
    }

    public void dispose() {
        service.removeListener(listener);
        clashes.removeListener(listener);
    }
}
