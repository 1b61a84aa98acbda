package qc.trousse.cocktail;

import qc.trousse.edit.CompositeEdit;
import qc.trousse.edit.Edit;
import qc.trousse.edit.SnapshotEdit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a change of guests becomes one undoable edit: a snapshot of the guests before and after, written in one
 * transaction, with what the certificate marks it sets or clears bringing along their own part (the follow-up).
 * The guests in memory are the ones shown; they change only once the file has them.
 */
final class GuestChanges {
    private final CocktailStore store;
    private final Map<Long, Guest> guests;
    private final Runnable changed;
    private GuestFollowUp followUp = GuestFollowUp.NONE;

    GuestChanges(CocktailStore store, Map<Long, Guest> guests, Runnable changed) {
        this.store = store;
        this.guests = guests;
        this.changed = changed;
    }

    void setFollowUp(GuestFollowUp followUp) {
        this.followUp = followUp == null ? GuestFollowUp.NONE : followUp;
    }

    /** The edit that writes this guest as given (added or changed) over what is shown now. */
    Edit editOf(String key, Guest guest) {
        return change(key, one(guest.id(), guests.get(guest.id())), one(guest.id(), guest));
    }

    /** The edit that removes this guest. */
    Edit removalOf(String key, long id) {
        return change(key, one(id, guests.get(id)), one(id, null));
    }

    /**
     * The edit of an import already in the file: its first apply only shows the guests; undo and redo write as
     * any edit does.
     */
    Edit imported(List<Guest> added) {
        Map<Long, Guest> before = new LinkedHashMap<>();
        Map<Long, Guest> after = new LinkedHashMap<>();
        added.forEach(g -> {
            before.put(g.id(), null);
            after.put(g.id(), g);
        });
        boolean[] inFile = {true};
        return change("cocktail.edit.guestImport", before, after, state -> {
            if (inFile[0]) {
                inFile[0] = false;
                shown(state);
            } else {
                write(state);
            }
        });
    }

    /** The guests' own edit, with what the certificate marks it sets or clears bring along. */
    Edit change(String key, Map<Long, Guest> before, Map<Long, Guest> after) {
        return change(key, before, after, this::write);
    }

    /** The same, folding the next edit of the same name (a field of one guest being typed); null never folds. */
    Edit change(String key, Map<Long, Guest> before, Map<Long, Guest> after, Object fold) {
        return change(key, before, after, this::write, fold);
    }

    Edit change(String key, Map<Long, Guest> before, Map<Long, Guest> after, Consumer<Map<Long, Guest>> writer) {
        return change(key, before, after, writer, null);
    }

    private Edit change(String key, Map<Long, Guest> before, Map<Long, Guest> after,
                        Consumer<Map<Long, Guest>> writer, Object fold) {
        Edit own = SnapshotEdit.writing(key, before, after, writer).folding(fold);
        List<Guest> honoured = new ArrayList<>();
        List<Guest> withdrawn = new ArrayList<>();
        for (Map.Entry<Long, Guest> e : after.entrySet()) {
            Guest was = before.get(e.getKey());
            Guest now = e.getValue();
            boolean had = was != null && was.certificate();
            if (now != null && now.certificate() && !had) {
                honoured.add(now);
            } else if (had && (now == null || !now.certificate())) {
                withdrawn.add(was);
            }
        }
        if (honoured.isEmpty() && withdrawn.isEmpty()) {
            return own;
        }
        return followUp.after(honoured, withdrawn).<Edit>map(more -> CompositeEdit.of(List.of(own, more)))
                .orElse(own);
    }

    void write(Map<Long, Guest> state) {
        List<Guest> put = state.values().stream().filter(Objects::nonNull).toList();
        List<Long> delete = state.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .toList();
        store.writeGuests(put, delete);
        shown(state);
    }

    /** The state as the file now has it, in memory and on screen. */
    void shown(Map<Long, Guest> state) {
        state.forEach((id, g) -> {
            if (g == null) {
                guests.remove(id);
            } else {
                guests.put(id, g);
            }
        });
        changed.run();
    }

    static Map<Long, Guest> one(long id, Guest guest) {
        Map<Long, Guest> map = new LinkedHashMap<>();
        map.put(id, guest);
        return map;
    }
}
