package qc.trousse.cocktail;

import qc.trousse.edit.Edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Several edits made and undone as one step, under the first one's name. If one fails, those already
 * made are undone before the failure goes up, so nothing is left half-done.
 */
final class TogetherEdit implements Edit {
    private final List<Edit> edits;

    TogetherEdit(List<Edit> edits) {
        this.edits = List.copyOf(edits);
    }

    @Override
    public void apply() {
        List<Edit> made = new ArrayList<>();
        try {
            for (Edit e : edits) {
                e.apply();
                made.add(0, e);
            }
        } catch (RuntimeException failure) {
            made.forEach(Edit::revert);
            throw failure;
        }
    }

    @Override
    public void revert() {
        List<Edit> undone = new ArrayList<>();
        try {
            for (int i = edits.size() - 1; i >= 0; i--) {
                edits.get(i).revert();
                undone.add(0, edits.get(i));
            }
        } catch (RuntimeException failure) {
            undone.forEach(Edit::apply);
            throw failure;
        }
    }

    @Override
    public String descriptionKey() {
        return edits.get(0).descriptionKey();
    }
}
