package qc.trousse.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Several edits made and undone as one step (a guest and the certificate it earns). The parts apply in order
 * and revert in the reverse order; if one fails, the parts already done are taken back before the failure goes
 * up, so the file is never left half-changed and the step can be tried again.
 */
public final class CompositeEdit implements Edit {
    private final String descriptionKey;
    private final List<Edit> parts;
    /** The part whose apply met a colleague's change, so {@link #rebase} knows which one to merge. */
    private int conflictAt = -1;

    /** @param descriptionKey the message key the undo menu shows for the whole step */
    public CompositeEdit(String descriptionKey, List<Edit> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a composite edit needs at least one part");
        }
        this.descriptionKey = descriptionKey;
        this.parts = List.copyOf(parts);
    }

    /** A step named after its first part. */
    public static CompositeEdit of(List<Edit> parts) {
        return new CompositeEdit(parts.get(0).descriptionKey(), parts);
    }

    @Override
    public void apply() {
        List<Edit> done = new ArrayList<>();
        conflictAt = -1;
        try {
            for (Edit part : parts) {
                part.apply();
                done.add(0, part);
            }
        } catch (RuntimeException failure) {
            if (failure instanceof EditConflict) {
                conflictAt = done.size();
            }
            takeBack(done, Edit::revert, failure);
            throw failure;
        }
    }

    /** Applies the parts again with the one that met the colleague's change merged in its place. */
    @Override
    public Optional<Edit> rebase(EditConflict conflict, Conflicts conflicts) {
        if (conflictAt < 0) {
            throw conflict;
        }
        List<Edit> rebuilt = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i == conflictAt) {
                parts.get(i).rebase(conflict, conflicts).ifPresent(rebuilt::add);
            } else {
                parts.get(i).apply();
                rebuilt.add(parts.get(i));
            }
        }
        return rebuilt.isEmpty() ? Optional.empty() : Optional.of(new CompositeEdit(descriptionKey, rebuilt));
    }

    @Override
    public void revert() {
        List<Edit> undone = new ArrayList<>();
        try {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).revert();
                undone.add(0, parts.get(i));
            }
        } catch (RuntimeException failure) {
            takeBack(undone, Edit::apply, failure);
            throw failure;
        }
    }

    /** Takes back what was done; a second failure on the way is kept with the first, which is the one to tell. */
    private static void takeBack(List<Edit> done, Consumer<Edit> back, RuntimeException first) {
        for (Edit part : done) {
            try {
                back.accept(part);
            } catch (RuntimeException later) {
                first.addSuppressed(later);
            }
        }
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }
}
