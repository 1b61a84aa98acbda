package qc.trousse.edit;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one undoable change of the app: what it touches before and after, and the store function that moves the
 * file from one to the other. Apply moves from before to after, revert from after to before. A feature says
 * only what its snapshot is (a gesture, a draft, the profile, a map of guests) and how to write it.
 *
 * <p>Typing makes one edit per keystroke: an edit made {@link #folding(Object) folding} under a name absorbs
 * the next edit of the same name and description, keeping the first "before", so a field undoes as a whole.
 *
 * @param <T> the snapshot; null may stand for "absent" (a creation, a deletion) if the store function says so
 */
public final class SnapshotEdit<T> implements Edit {
    /** Writes the file so that it holds {@code to} where it held {@code from}. */
    @FunctionalInterface
    public interface Store<T> {
        void move(T from, T to);
    }

    private final String descriptionKey;
    private final Object name;
    private final T before;
    private final T after;
    private final Store<T> store;

    private SnapshotEdit(String descriptionKey, Object name, T before, T after, Store<T> store) {
        this.descriptionKey = descriptionKey;
        this.name = name;
        this.before = before;
        this.after = after;
        this.store = store;
    }

    /** @param descriptionKey the message key the undo menu shows ("edit.profile.mnaName") */
    public static <T> SnapshotEdit<T> of(String descriptionKey, T before, T after, Store<T> store) {
        return new SnapshotEdit<>(descriptionKey, null, before, after, store);
    }

    /** For a store that only needs the snapshot to write, not the one it replaces. */
    public static <T> SnapshotEdit<T> writing(String descriptionKey, T before, T after, Consumer<T> write) {
        return of(descriptionKey, before, after, (from, to) -> write.accept(to));
    }

    /** The same edit, folding the next one of the same name (a field, a field of one row); null never folds. */
    public SnapshotEdit<T> folding(Object foldName) {
        return new SnapshotEdit<>(descriptionKey, foldName, before, after, store);
    }

    public T before() {
        return before;
    }

    public T after() {
        return after;
    }

    @Override
    public void apply() {
        store.move(before, after);
    }

    @Override
    public void revert() {
        store.move(after, before);
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }

    /**
     * Merges this edit with the colleague's change of its row (three-way, asking the user what both changed),
     * writes the outcome based on the colleague's version, and returns the edit to record: from their version to
     * the outcome, so an undo takes back only the user's part. Empty when the outcome is their version.
     */
    @Override
    public Optional<Edit> rebase(EditConflict conflict, Conflicts conflicts) {
        Rebase.Outcome outcome = Rebase.of(before, after, descriptionKey, conflict, conflicts)
                .orElseThrow(() -> conflict);
        @SuppressWarnings("unchecked")
        T theirs = (T) outcome.theirs();
        @SuppressWarnings("unchecked")
        T result = (T) outcome.result();
        conflict.adopt();
        // From the row that is there (theirs), or from the user's when it is gone: the store names rows by it.
        store.move(theirs != null ? theirs : after, result);
        return java.util.Objects.equals(theirs, result) ? Optional.empty()
                : Optional.of(new SnapshotEdit<>(descriptionKey, null, theirs, result, store));
    }

    @Override
    public Optional<Edit> absorb(Edit next) {
        if (name != null && next instanceof SnapshotEdit<?> other && name.equals(other.name)
                && descriptionKey.equals(other.descriptionKey)) {
            // Same name and description: the same feature's snapshot, so of the same type.
            @SuppressWarnings("unchecked")
            T merged = (T) other.after;
            return Optional.of(new SnapshotEdit<>(descriptionKey, name, before, merged, store));
        }
        return Optional.empty();
    }
}
