package qc.trousse.cocktail;

import qc.trousse.edit.Edit;
import qc.trousse.edit.EditConflict;
import qc.trousse.edit.EditHistory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The cocktail's guests. Every change is one undoable edit, written at once in one transaction; an import
 * of many guests is a single edit too, so one undo takes the whole import back.
 */
public final class GuestService {
    private final CocktailStore store;
    private final EditHistory history;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Guest> guests = new LinkedHashMap<>();
    private final GuestChanges changes;

    public GuestService(CocktailStore store, EditHistory history) {
        this.store = store;
        this.history = history;
        this.changes = new GuestChanges(store, guests, () -> listeners.forEach(Runnable::run));
        store.guests().forEach(g -> guests.put(g.id(), g));
    }

    /**
     * Performs the edit; when someone else changed or deleted one of its guests meanwhile (the office's shared
     * database), nothing was written, the guests are read again and the conflict reaches the caller.
     */
    private void perform(Edit edit) {
        try {
            history.perform(edit);
        } catch (EditConflict conflict) {
            reload();
            throw conflict;
        }
    }

    /** Reads the guests again and tells the listeners (a colleague changed them on the office's server). */
    public void reload() {
        guests.clear();
        store.guests().forEach(g -> guests.put(g.id(), g));
        listeners.forEach(Runnable::run);
    }

    /** What else a change of guests makes in the same undo step (the session sets the certificates' part). */
    public void setFollowUp(GuestFollowUp followUp) {
        changes.setFollowUp(followUp);
    }

    public List<Guest> all() {
        return guests.values().stream().sorted(Comparator.comparingLong(Guest::id)).toList();
    }

    public Optional<Guest> byId(long id) {
        return Optional.ofNullable(guests.get(id));
    }

    /** Guests who have not answered yet. */
    public long notAnswered() {
        return guests.values().stream().filter(g -> g.rsvp() == RsvpState.INVITED).count();
    }

    /** Adds a guest; returns it with the id it was given. */
    public Guest add(Guest guest) {
        Guest added = guest.withId(store.nextGuestId());
        history.perform(change("cocktail.edit.guestAdd", one(added.id(), null), one(added.id(), added)));
        return added;
    }

    /**
     * Changes one field of a guest, from the guest as the file has it now (so a colleague's change shown live
     * meanwhile is kept; one not yet shown meets the store's version and merges). Typing in a field folds its
     * keystrokes into one undo step; a choice (a kind, a vehicle, the certificate) is a step of its own.
     */
    public void edit(long id, String field, boolean typing, UnaryOperator<Guest> change) {
        Guest before = guests.get(id);
        Guest after = before == null ? null : change.apply(before);
        if (after == null || after.equals(before)) {
            return;
        }
        if (!typing) {
            history.seal();
        }
        perform(changes.change("cocktail.edit.guestEdit", one(id, before), one(id, after), typing ? id + "." + field
                : null));
        if (!typing) {
            history.seal();
        }
    }

    public void update(Guest guest) {
        Guest before = guests.get(guest.id());
        if (before == null || before.equals(guest)) {
            return;
        }
        perform(change("cocktail.edit.guestEdit", one(guest.id(), before), one(guest.id(), guest)));
    }

    public void setRsvp(long id, RsvpState state) {
        byId(id).ifPresent(g -> update(g.withRsvp(state)));
    }

    public void delete(long id) {
        Guest before = guests.get(id);
        if (before != null) {
            perform(change("cocktail.edit.guestDelete", one(id, before), one(id, null)));
        }
    }

    /** An import's guests, written and not yet an undo step. */
    public record WrittenGuests(List<Guest> added) {
        public WrittenGuests {
            added = List.copyOf(added);
        }
    }

    /**
     * The slow half of an import, safe off the FX thread: new ids, then one transaction that Cancel rolls back
     * whole, so a cancelled import leaves no guest behind. Follow it with {@link #record} on the FX thread.
     */
    public WrittenGuests write(List<Guest> incoming, qc.trousse.work.Progress progress)
            throws qc.trousse.work.Progress.CancelledException {
        List<Guest> added = new ArrayList<>();
        for (Guest g : incoming) {
            progress.throwIfCancelled();
            added.add(g.withId(store.nextGuestId()));
        }
        store.writeGuests(added, List.of(), progress);
        return new WrittenGuests(added);
    }

    /**
     * Makes a written import one undo step, with the recipients of those honoured: the guests' part is already
     * in the file, so its first apply only shows them; undo and redo write as any edit does.
     */
    public List<Guest> record(WrittenGuests written) {
        if (written.added().isEmpty()) {
            return List.of();
        }
        history.perform(changes.imported(written.added()));
        return written.added();
    }

    /**
     * Adds every guest given (their ids are ignored and new ones given) in one transaction and one undo step.
     * The importer calls this once its rows are checked; nothing is written if anything fails.
     */
    public List<Guest> importAll(List<Guest> incoming) {
        try {
            return record(write(incoming, qc.trousse.work.Progress.NONE));
        } catch (qc.trousse.work.Progress.CancelledException e) {
            throw new IllegalStateException("Progress.NONE is never cancelled", e);
        }
    }

    /** The edit that writes this guest as given (added or changed), for a step made of more than one edit. */
    Edit editOf(String key, Guest guest) {
        return changes.editOf(key, guest);
    }

    /** The edit that removes this guest, for a step made of more than one edit. */
    Edit removalOf(String key, long id) {
        return changes.removalOf(key, id);
    }

    long nextId() {
        return store.nextGuestId();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private Edit change(String key, Map<Long, Guest> before, Map<Long, Guest> after) {
        return changes.change(key, before, after);
    }

    private static Map<Long, Guest> one(long id, Guest guest) {
        return GuestChanges.one(id, guest);
    }
}
