package qc.trousse.edit;

import java.util.Optional;

/**
 * One change the user made, able to do and undo itself. Every edit in the app is one of these,
 * so undo and redo are a single mechanism whatever the screen.
 */
public interface Edit {
    void apply();

    void revert();

    /** A message key that names the edit ("edit.profile.mnaName"), shown as "Annuler …". */
    String descriptionKey();

    /**
     * Typing in one field makes one edit per keystroke; folding the next one into this keeps the undo
     * list at one step per field. Returns the merged edit, or empty when the two stay separate.
     */
    default Optional<Edit> absorb(Edit next) {
        return Optional.empty();
    }

    /**
     * This edit's {@link #apply()} met a row a colleague changed or deleted (nothing was written): merges with it,
     * writes the outcome and returns the edit to record instead (empty: nothing to record). An edit that cannot
     * merge lets the conflict go on, unwritten.
     */
    default Optional<Edit> rebase(EditConflict conflict, Conflicts conflicts) {
        throw conflict;
    }
}
