package qc.trousse.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The undo and redo stacks of a session. Lives as long as the open file, not the window. */
public final class EditHistory {
    private static final int LIMIT = 500;
    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean sealed = true;

    /** Applies the edit and records it; a following edit of the same field may be folded into it. */
    public void perform(Edit edit) {
        edit.apply();
        Optional<Edit> merged = sealed || done.isEmpty() ? Optional.empty() : done.peek().absorb(edit);
        if (merged.isPresent()) {
            done.pop();
            done.push(merged.get());
        } else {
            done.push(edit);
            if (done.size() > LIMIT) {
                done.removeLast();
            }
        }
        sealed = false;
        undone.clear();
        fire();
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
        return Optional.ofNullable(done.peek()).map(Edit::descriptionKey);
    }

    public Optional<String> redoKey() {
        return Optional.ofNullable(undone.peek()).map(Edit::descriptionKey);
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        // Pop only once the revert is saved: an undo that fails (a full disk) stays undoable.
        Edit edit = done.peek();
        edit.revert();
        done.pop();
        undone.push(edit);
        sealed = true;
        fire();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Edit edit = undone.peek();
        edit.apply();
        undone.pop();
        done.push(edit);
        sealed = true;
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
