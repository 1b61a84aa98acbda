package qc.trousse.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo and redo stacks of a session. Lives as long as the open store, not the window, and through its
 * services being built anew over the same store (a changed edition week): each step remembers the services'
 * generation it was made with, so the window knows when a step it took wrote behind today's services.
 */
public final class EditHistory {
    private static final int LIMIT = 500;
    private static final int REBASES = 5;
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean sealed = true;
    private Conflicts conflicts;
    private int generation;
    private boolean tookEarlier;

    /** An edit and the generation of the services it writes through. */
    private record Step(Edit edit, int generation) {
    }

    /**
     * The store's services were built anew (same store, same history): the steps made until now write through
     * the ones before. They still write the store right (undo goes back in order, so the store is as they left
     * it), but what today's services hold in memory must be read again after one of them is taken.
     */
    public void renewed() {
        generation++;
        sealed = true;
    }

    /** Whether the last undo or redo took a step made with services older than today's (and renewed none). */
    public boolean tookEarlierStep() {
        return tookEarlier;
    }

    /** Who is asked when an edit meets a colleague's change; none (the default): the conflict reaches the caller. */
    public void setConflicts(Conflicts conflicts) {
        this.conflicts = conflicts;
    }

    /** Applies the edit and records it; a following edit of the same field may be folded into it. */
    public void perform(Edit edit) {
        try {
            edit.apply();
        } catch (EditConflict conflict) {
            if (conflicts == null) {
                throw conflict;
            }
            // Merged with the colleague's change: recorded as a step of its own, never folded into an older one.
            rebase(edit, conflict).ifPresent(this::push);
            sealed = true;
            undone.clear();
            fire();
            return;
        }
        Optional<Edit> merged = sealed || done.isEmpty() ? Optional.empty() : done.peek().edit().absorb(edit);
        if (merged.isPresent()) {
            done.pop();
            done.push(new Step(merged.get(), generation));
        } else {
            push(edit);
        }
        sealed = false;
        undone.clear();
        fire();
    }

    /**
     * Merges the edit with the colleague's row; if yet another change lands before the outcome is written, merges
     * again with that one (a few times). An edit that cannot merge is refused: nothing written, theirs kept, and
     * the next edit of the row meets their version and merges then.
     */
    private Optional<Edit> rebase(Edit edit, EditConflict first) {
        EditConflict met = first;
        for (int attempt = 1; ; attempt++) {
            try {
                return edit.rebase(met, conflicts);
            } catch (EditConflict again) {
                if (again == met || attempt == REBASES) {
                    conflicts.refused(again);
                    return Optional.empty();
                }
                met = again;
            }
        }
    }

    private void push(Edit edit) {
        done.push(new Step(edit, generation));
        if (done.size() > LIMIT) {
            done.removeLast();
        }
    }

    /** Ends folding: the next edit starts a new undo step even if it touches the same field. */
    public void seal() {
        sealed = true;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public Optional<String> undoKey() {
        return Optional.ofNullable(done.peek()).map(s -> s.edit().descriptionKey());
    }

    public Optional<String> redoKey() {
        return Optional.ofNullable(undone.peek()).map(s -> s.edit().descriptionKey());
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        // Pop only once the revert is saved: an undo that fails (a full disk) stays undoable.
        Step step = done.peek();
        int before = generation;
        tookEarlier = false;
        try {
            step.edit().revert();
        } catch (EditConflict conflict) {
            refused(done, conflict, false);
            return;
        }
        done.pop();
        undone.push(step);
        tookEarlier = step.generation() < before && generation == before;
        sealed = true;
        fire();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Step step = undone.peek();
        int before = generation;
        tookEarlier = false;
        try {
            step.edit().apply();
        } catch (EditConflict conflict) {
            refused(undone, conflict, true);
            return;
        }
        undone.pop();
        done.push(step);
        tookEarlier = step.generation() < before && generation == before;
        sealed = true;
        fire();
    }

    /**
     * Undoing (or redoing) would write over a colleague's change: nothing was written. The step leaves the history
     * (it can no longer be taken back without undoing theirs), so the history stays true to the store.
     */
    private void refused(Deque<Step> from, EditConflict conflict, boolean redo) {
        if (conflicts == null) {
            throw conflict;
        }
        from.pop();
        sealed = true;
        conflicts.undoRefused(conflict, redo);
        fire();
    }

    public void clear() {
        done.clear();
        undone.clear();
        fire();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
