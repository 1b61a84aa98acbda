package qc.trousse.ui.checkin;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.cocktail.DoorCheckIn;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestCounts;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * The door of the cocktail for the person who greets the guests: letters typed find the guest, Enter marks them
 * arrived, a walk-in is one line, the counts follow live, the last check-in can be taken back, a badge printed.
 */
public final class CheckInViewModel {
    private final Session session;
    private final DoorCheckIn door;
    private final DialogService dialogs;
    private final Clock clock;
    private final BadgeOnTheSpot badges;
    private final StringProperty typed = new SimpleStringProperty("");
    private final ObservableList<Guest> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Guest> chosen = new SimpleObjectProperty<>();
    private final StringProperty walkInName = new SimpleStringProperty("");
    private final StringProperty walkInOrganisation = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final IntegerProperty expected = new SimpleIntegerProperty();
    private final IntegerProperty arrived = new SimpleIntegerProperty();
    private final IntegerProperty notAnswered = new SimpleIntegerProperty();
    private final IntegerProperty walkIns = new SimpleIntegerProperty();
    private final Runnable refresh = this::refresh;

    public CheckInViewModel(Session session, DialogService dialogs, Clock clock, BadgeOnTheSpot badges) {
        this.session = session;
        this.door = session.door();
        this.dialogs = dialogs;
        this.clock = clock;
        this.badges = badges;
        typed.addListener((o, a, b) -> refresh());
        door.addListener(refresh);
        session.guests().addListener(refresh);
        refresh();
    }

    public StringProperty typed() { return typed; }

    public ObservableList<Guest> matches() { return matches; }

    /** The guest Enter would mark arrived: the one picked in the list, else the first match. */
    public ObjectProperty<Guest> chosen() { return chosen; }

    public StringProperty walkInName() { return walkInName; }

    public StringProperty walkInOrganisation() { return walkInOrganisation; }

    public StringProperty status() { return status; }

    public IntegerProperty expected() { return expected; }

    public IntegerProperty arrived() { return arrived; }

    public IntegerProperty notAnswered() { return notAnswered; }

    public IntegerProperty walkIns() { return walkIns; }

    /** What the list shows of a guest: name, organisation, party, and the time they arrived. */
    public String describe(Guest g) {
        StringBuilder line = new StringBuilder(g.name());
        if (!g.organisation().isEmpty()) {
            line.append(" — ").append(g.organisation());
        }
        if (g.partySize() > 1) {
            line.append(" · ").append(I18n.tr("checkin.party", g.partySize()));
        }
        if (DoorCheckIn.present(g)) {
            line.append(" · ").append(door.arrival(g.id()).map(a -> I18n.tr("checkin.arrivedAt", time(a.at())))
                    .orElse(I18n.tr("checkin.present")));
        }
        return line.toString();
    }

    /** Enter in the search field: the chosen guest is marked arrived and the field is cleared for the next. */
    public void checkIn() {
        Guest guest = chosen.get();
        if (guest == null) {
            status.set(typed.get().isBlank() ? "" : I18n.tr("checkin.nobody", typed.get().trim()));
            return;
        }
        if (DoorCheckIn.present(guest)) {
            status.set(door.arrival(guest.id()).map(a -> I18n.tr("checkin.already", guest.name(), time(a.at())))
                    .orElse(I18n.tr("checkin.alreadyPresent", guest.name())));
            return;
        }
        door.checkIn(guest.id(), clock.instant());
        status.set(I18n.tr("checkin.done", guest.name(), time(clock.instant())));
        typed.set("");
    }

    /** Adds the person typed in the walk-in line, arrived now. */
    public void walkIn() {
        String name = walkInName.get().trim();
        if (name.isEmpty()) {
            status.set(I18n.tr("checkin.walkIn.needName"));
            return;
        }
        Guest added = door.walkIn(name, walkInOrganisation.get().trim(), clock.instant());
        status.set(I18n.tr("checkin.walkIn.done", added.name()));
        walkInName.set("");
        walkInOrganisation.set("");
    }

    public void undoLast() {
        status.set(door.undoLast().map(g -> I18n.tr("checkin.undone", g.name()))
                .orElse(I18n.tr("checkin.undo.none")));
    }

    /** Prints the chosen guest's name badge on the office's default printer. */
    public void printBadge() {
        Guest guest = chosen.get();
        if (guest == null) {
            status.set(I18n.tr("checkin.badge.choose"));
            return;
        }
        badges.print(session, guest, message -> status.set(message), error -> {
            status.set(error);
            Failures.report(dialogs, I18n.tr("checkin.badge"), error, null);
        });
    }

    public void dispose() {
        door.removeListener(refresh);
        session.guests().removeListener(refresh);
    }

    private void refresh() {
        Guest before = chosen.get();
        matches.setAll(door.matches(typed.get()));
        chosen.set(matches.stream().filter(g -> before != null && g.id() == before.id()).findFirst()
                .orElse(matches.isEmpty() ? null : matches.get(0)));
        GuestCounts counts = door.counts();
        expected.set(counts.expected());
        arrived.set(counts.arrived());
        notAnswered.set(counts.notAnswered());
        walkIns.set(counts.walkIns());
    }

    private String time(java.time.Instant at) {
        return DateTimeFormatter.ofPattern(I18n.tr("checkin.time")).format(at.atZone(clock.getZone()));
    }
}
