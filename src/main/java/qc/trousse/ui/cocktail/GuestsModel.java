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
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.GuestRules;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.i18n.I18n;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The guest list, its filter by answer and counts, and the form of the guest being added or edited.
 * The form saves on "Save" (a guest is a whole, checked before it is written); answers change in one click.
 */
public final class GuestsModel {
    private final GuestService guests;
    private final ObservableList<Guest> all = FXCollections.observableArrayList();
    private final FilteredList<Guest> shown = new FilteredList<>(all);
    private final ObjectProperty<RsvpState> filter = new SimpleObjectProperty<>();
    private final StringProperty notAnswered = new SimpleStringProperty();
    private final StringProperty summary = new SimpleStringProperty();
    private final ObjectProperty<Guest> selected = new SimpleObjectProperty<>();
    private final GuestForm form = new GuestForm();
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
            // What the user is typing is never overwritten by a colleague's change: their save meets it and merges.
            boolean typing = !form.toGuest(chosen.id(), chosen.rsvp()).equals(chosen);
            if ((now == null || !now.equals(chosen)) && !typing) {
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

    /** Adds the form as a new guest, or saves it over the selected one; false when the form has a problem. */
    public boolean save() {
        Guest base = selected.get();
        Guest g = form.toGuest(base == null ? 0 : base.id(), base == null ? RsvpState.INVITED : base.rsvp());
        List<String> problems = GuestRules.problems(g);
        if (!problems.isEmpty()) {
            problem.set(problems.stream().map(I18n::tr).collect(Collectors.joining(" ")));
            return false;
        }
        problem.set("");
        if (base == null) {
            guard.run(() -> selected.set(guests.add(g)));
        } else {
            guard.run(() -> guests.update(base, g));
        }
        return true;
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

    public GuestForm form() {
        return form;
    }

    public StringProperty problem() {
        return problem;
    }

    public BooleanProperty editing() {
        return editing;
    }

    /** The fields of one guest as typed. */
    public static final class GuestForm {
        public final ObjectProperty<GuestKind> kind = new SimpleObjectProperty<>(GuestKind.PERSON);
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty organisation = new SimpleStringProperty("");
        public final StringProperty role = new SimpleStringProperty("");
        public final StringProperty email = new SimpleStringProperty("");
        public final StringProperty phone = new SimpleStringProperty("");
        public final StringProperty reason = new SimpleStringProperty("");
        public final StringProperty party = new SimpleStringProperty("1");
        public final StringProperty dietary = new SimpleStringProperty("");
        public final StringProperty accessibility = new SimpleStringProperty("");
        public final BooleanProperty certificate = new SimpleBooleanProperty();
        public final ObjectProperty<Long> vehicle = new SimpleObjectProperty<>(0L);

        void load(Guest g) {
            Guest v = g == null ? Guest.named("") : g;
            kind.set(v.kind());
            set(Map.of(name, v.name(), organisation, v.organisation(), role, v.role(), email, v.email(), phone,
                    v.phone(), reason, v.reason(), dietary, v.dietary(), accessibility, v.accessibility(), party,
                    String.valueOf(v.partySize())), Function.identity());
            certificate.set(v.certificate());
            vehicle.set(v.vehicleId());
        }

        private static void set(Map<StringProperty, String> values, Function<String, String> f) {
            values.forEach((p, value) -> p.set(f.apply(value)));
        }

        Guest toGuest(long id, RsvpState rsvp) {
            int size;
            try {
                size = Integer.parseInt(party.get().strip());
            } catch (NumberFormatException | NullPointerException e) {
                size = 0; // not a number: the guest's rule refuses a party of 0 in words
            }
            return new Guest(id, kind.get(), name.get(), organisation.get(), role.get(), email.get(), phone.get(),
                    reason.get(), rsvp, size, dietary.get(), accessibility.get(), certificate.get(),
                    vehicle.get() == null ? 0 : vehicle.get());
        }
    }
}
