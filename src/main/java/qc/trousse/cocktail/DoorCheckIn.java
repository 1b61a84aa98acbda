package qc.trousse.cocktail;

import qc.trousse.edit.Edit;
import qc.trousse.edit.CompositeEdit;
import qc.trousse.edit.EditHistory;
import qc.trousse.edit.SnapshotEdit;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The door of the cocktail: find a guest from a few letters, mark them arrived (the time is kept and the answer
 * becomes "présent"), add a walk-in in one line, and take the last check-in back. Each is one undoable edit
 * that writes the guest and the arrival together.
 */
public final class DoorCheckIn {
    private final GuestService guests;
    private final ArrivalStore store;
    private final EditHistory history;
    private final Map<Long, Arrival> arrivals = new LinkedHashMap<>();
    private final Deque<Long> latest = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public DoorCheckIn(GuestService guests, ArrivalStore store, EditHistory history) {
        this.guests = guests;
        this.store = store;
        this.history = history;
        store.arrivals().forEach(a -> arrivals.put(a.guestId(), a));
        guests.addListener(this::changed);
    }

    /** The guests the typed letters point to, those not yet arrived first. */
    public List<Guest> matches(String typed) {
        return GuestSearch.matches(guests.all(), typed, DoorCheckIn::present);
    }

    /** Present on the night: checked in at the door, or marked present by hand on the cocktail screen. */
    public static boolean present(Guest guest) {
        return guest.rsvp() == RsvpState.ATTENDED;
    }

    /** When the guest was seen at the door, if they were checked in there (and are still on the list). */
    public Optional<Arrival> arrival(long guestId) {
        return guests.byId(guestId).map(g -> arrivals.get(g.id()));
    }

    /** Everyone on the list, walk-ins included. */
    public List<Guest> guests() {
        return guests.all();
    }

    public GuestCounts counts() {
        return GuestCounts.of(guests.all(), arrivals);
    }

    /** Marks the guest arrived at that time; a guest already present keeps their first time. */
    public void checkIn(long guestId, Instant at) {
        Optional<Guest> guest = guests.byId(guestId);
        if (guest.isEmpty() || present(guest.get())) {
            return;
        }
        Arrival arrival = new Arrival(guestId, at, false, guest.get().rsvp());
        history.perform(CompositeEdit.of(List.of(
                guests.editOf("checkin.edit.arrived", guest.get().withRsvp(RsvpState.ATTENDED)),
                arrivalEdit(guestId, arrival))));
        latest.push(guestId);
    }

    /** Adds someone who came without an invitation, arrived at that time, in one step. */
    public Guest walkIn(String name, String organisation, Instant at) {
        Guest guest = Guest.named(name).withOrganisation(organisation).withRsvp(RsvpState.ATTENDED)
                .withId(guests.nextId());
        Arrival arrival = new Arrival(guest.id(), at, true, RsvpState.ATTENDED);
        history.perform(CompositeEdit.of(List.of(guests.editOf("checkin.edit.walkIn", guest),
                arrivalEdit(guest.id(), arrival))));
        latest.push(guest.id());
        return guest;
    }

    /** Takes back the latest check-in still standing: the guest's answer comes back, a walk-in leaves the list. */
    public Optional<Guest> undoLast() {
        while (!latest.isEmpty()) {
            long id = latest.pop();
            Optional<Arrival> arrival = arrival(id);
            if (arrival.isPresent()) {
                Guest guest = guests.byId(id).orElseThrow();
                Edit guestPart = arrival.get().walkIn() ? guests.removalOf("checkin.edit.undo", id)
                        : guests.editOf("checkin.edit.undo", guest.withRsvp(arrival.get().answerBefore()));
                history.perform(CompositeEdit.of(List.of(arrivalEdit(id, null), guestPart)));
                return Optional.of(guest);
            }
        }
        return Optional.empty();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private Edit arrivalEdit(long guestId, Arrival after) {
        return SnapshotEdit.writing("checkin.edit.arrived", arrivals.get(guestId), after, value -> {
            if (value == null) {
                store.writeArrivals(List.of(), List.of(guestId));
                arrivals.remove(guestId);
            } else {
                store.writeArrivals(List.of(value), List.of());
                arrivals.put(guestId, value);
            }
            changed();
        });
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
