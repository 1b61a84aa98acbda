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
}
