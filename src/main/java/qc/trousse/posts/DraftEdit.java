package qc.trousse.posts;

import qc.trousse.edit.Edit;

import java.util.Optional;

/** One change to one draft, saved at once; before is null for a creation, after for a deletion. */
final class DraftEdit implements Edit {
    private final DraftStore store;
    private final Runnable changed;
    private final String field;
    private final Draft before;
    private final Draft after;

    DraftEdit(DraftStore store, Runnable changed, String field, Draft before, Draft after) {
        this.store = store;
        this.changed = changed;
        this.field = field;
        this.before = before;
        this.after = after;
    }

    @Override
    public void apply() {
        put(before, after);
    }

    @Override
    public void revert() {
        put(after, before);
    }

    private void put(Draft from, Draft to) {
        if (to == null) {
            store.delete(from.id());
        } else {
            store.save(to);
        }
        changed.run();
    }

    @Override
    public String descriptionKey() {
        return "edit.posts." + (field.startsWith("text.") ? "text" : field);
    }

    /** Keystrokes in the same version of the same draft fold into one undo step. */
    @Override
    public Optional<Edit> absorb(Edit next) {
        if (next instanceof DraftEdit other && field.startsWith("text.") && other.field.equals(field)
                && before != null && other.before != null && other.after != null
                && other.before.id() == before.id()) {
            return Optional.of(new DraftEdit(store, changed, field, before, other.after));
        }
        return Optional.empty();
    }
}
