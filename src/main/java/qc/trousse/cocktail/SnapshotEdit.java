package qc.trousse.cocktail;

import qc.trousse.edit.Edit;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * An edit that swaps a value for another: apply writes the new one, revert the old one. Edits of the same
 * field (same {@code field}, not null) fold into one undo step, so typing in a field undoes as a whole.
 */
final class SnapshotEdit<T> implements Edit {
    private final String key;
    private final String field;
    private final T before;
    private final T after;
    private final Consumer<T> write;

    SnapshotEdit(String key, String field, T before, T after, Consumer<T> write) {
        this.key = key;
        this.field = field;
        this.before = before;
        this.after = after;
        this.write = write;
    }

    @Override
    public void apply() {
        write.accept(after);
    }

    @Override
    public void revert() {
        write.accept(before);
    }

    @Override
    public String descriptionKey() {
        return key;
    }

    @Override
    public Optional<Edit> absorb(Edit next) {
        if (field != null && next instanceof SnapshotEdit<?> other && field.equals(other.field)
                && key.equals(other.key)) {
            @SuppressWarnings("unchecked")
            T merged = (T) other.after;
            return Optional.of(new SnapshotEdit<>(key, field, before, merged, write));
        }
        return Optional.empty();
    }
}
