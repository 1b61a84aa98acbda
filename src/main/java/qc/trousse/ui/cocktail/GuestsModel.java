package qc.trousse.ui.cocktail;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestCounts;
import qc.trousse.cocktail.GuestRules;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.i18n.I18n;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The guest list, its filter by answer and counts, and the form of the guest being added or edited.
 * The guest selected is saved field by field as it is changed, one undo step per field (as the profile is); a new
 * guest is a whole, checked before "Ajouter" writes it; answers change in one click.
 */
public final class GuestsModel {
    private final GuestService guests;
    private final ObservableList<Guest> all = FXCollections.observableArrayList();
    private final FilteredList<Guest> shown = new FilteredList<>(all);
    private final ObjectProperty<RsvpState> filter = new SimpleObjectProperty<>();
    private final StringProperty notAnswered = new SimpleStringProperty();
    private final StringProperty summary = new SimpleStringProperty();
    private final ObjectProperty<Guest> selected = new SimpleObjectProperty<>();
    private final GuestFields form = new GuestFields();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final Guard guard;
    private final Supplier<GuestCounts> counts;

    GuestsModel(GuestService guests, Supplier<GuestCounts> counts, Guard guard) {
        this.guests = guests;
        this.counts = counts;
        this.guard = guard;
        filter.addListener((o, a, b) -> shown.setPredicate(b == null ? g -> true : g -> g.rsvp() == b));
        selected.addListener((o, a, b) -> {
            editing.set(b != null);
            form.load(b);
            problem.set("");
        });
        form.onChange(this::write);
        refresh();
    }

    void refresh() {
        Guest chosen = selected.get();
        qc.trousse.ui.FreshList.update(all, guests.all(), Guest::id);
        long waiting = guests.notAnswered();
        notAnswered.set(I18n.tr("cocktail.notAnswered", waiting));
        long confirmed = all.stream().filter(g -> g.rsvp().coming()).count();
        summary.set(I18n.tr("cocktail.summary", all.size(), confirmed, counts.get().expected()));
        if (chosen != null) {
            Guest now = guests.byId(chosen.id()).orElse(null);
            // What the user typed and the file does not hold (a name emptied, a party of "abc") is never overwritten
            // by a colleague's change; what was just saved field by field is the file's, so the guest shown follows.
            boolean unsaved = !form.toGuest(chosen.id(), chosen.rsvp()).equals(chosen)
                    && (now == null || !form.toGuest(now.id(), now.rsvp()).equals(now));
            if ((now == null || !now.equals(chosen)) && !unsaved) {
                selected.set(now);
            }
        }
    }

    /** How many guests give each answer, for the filter buttons. */
    public Map<RsvpState, Long> counts() {
        return all.stream().collect(Collectors.groupingBy(Guest::rsvp, Collectors.counting()));
    }

    /** Clears the form for a new guest. */
    public void startNew() {
        selected.set(null);
        form.load(null);
        problem.set("");
    }

    /** Adds the form as a new guest; false when the form has a problem (or a guest is selected: it is saved already). */
    public boolean save() {
        if (selected.get() != null) {
            return false;
        }
        Guest g = form.toGuest(0, RsvpState.INVITED);
        if (refused(g)) {
            return false;
        }
        guard.run(() -> selected.set(guests.add(g)));
        return true;
    }

    /**
     * One field of the selected guest changed: saved at once when the guest stays valid, and shown again as the
     * file has it when the write is refused. The problem line speaks of the whole form as typed, so a field put
     * back right clears it even though there is nothing to save.
     */
    private void write(String field, boolean typing, UnaryOperator<Guest> change) {
        Guest chosen = selected.get();
        Guest now = chosen == null ? null : guests.byId(chosen.id()).orElse(null);
        if (now == null) {
            return;
        }
        refused(form.toGuest(now.id(), now.rsvp()));
        Guest after = change.apply(now);
        if (!after.equals(now) && GuestRules.problems(after).isEmpty()) {
            guard.run(() -> guests.edit(now.id(), field, typing, change));
            if (guests.byId(now.id()).filter(now::equals).isPresent()) {
                form.load(now); // refused (told by the guard): the form shows again what the file holds
            }
        }
    }

    private boolean refused(Guest g) {
        List<String> problems = GuestRules.problems(g);
        problem.set(problems.stream().map(I18n::tr).collect(Collectors.joining(" ")));
        return !problems.isEmpty();
    }

    public void delete() {
        Guest g = selected.get();
        if (g != null) {
            guard.run(() -> {
                guests.delete(g.id());
                selected.set(null);
            });
        }
    }

    public void setRsvp(RsvpState state) {
        Guest g = selected.get();
        if (g != null) {
            guard.run(() -> guests.setRsvp(g.id(), state));
        }
    }

    public ObservableList<Guest> all() {
        return all;
    }

    public ObservableList<Guest> shown() {
        return shown;
    }

    public ObjectProperty<RsvpState> filter() {
        return filter;
    }

    public StringProperty notAnswered() {
        return notAnswered;
    }

    public StringProperty summary() {
        return summary;
    }

    public ObjectProperty<Guest> selected() {
        return selected;
    }

    public GuestFields form() {
        return form;
    }

    public StringProperty problem() {
        return problem;
    }

    public BooleanProperty editing() {
        return editing;
    }
}
