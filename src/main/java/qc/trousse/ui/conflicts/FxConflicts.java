package qc.trousse.ui.conflicts;

import javafx.stage.Window;
import qc.trousse.edit.Conflicts;
import qc.trousse.edit.EditConflict;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.DialogService;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The window's answers to a colleague's change met by an edit: the merge dialog for the fields both changed, a
 * question for a row they deleted, and one line in the status bar for the rest (taken by {@link #takeLine()}).
 */
public final class FxConflicts implements Conflicts {
    private final Supplier<Window> owner;
    private final DialogService dialogs;
    private String line;

    public FxConflicts(Supplier<Window> owner, DialogService dialogs) {
        this.owner = owner;
        this.dialogs = dialogs;
    }

    @Override
    public Map<String, Boolean> choose(Question question) {
        MergeViewModel model = new MergeViewModel(question, null);
        Map<String, Boolean> choices = MergeDialog.show(owner.get(), model).orElse(Map.of());
        line = ConflictTexts.naming(choices.containsValue(Boolean.TRUE) ? "merge.line.chosen" : "merge.line.theirs",
                null);
        return choices;
    }

    @Override
    public boolean recreate(EditConflict conflict, String descriptionKey) {
        int answer = dialogs.choose(I18n.tr("merge.deleted.title"),
                I18n.tr("merge.deleted.message", ConflictTexts.colleague(null), I18n.tr(descriptionKey)),
                List.of(I18n.tr("merge.deleted.recreate"), I18n.tr("merge.deleted.drop")));
        line = I18n.tr(answer == 0 ? "merge.line.recreated" : "merge.line.dropped");
        return answer == 0;
    }

    @Override
    public void merged(String descriptionKey, List<String> fromTheirs) {
        line = ConflictTexts.naming("merge.line.merged", null,
                String.join(", ", fromTheirs.stream().map(ConflictTexts::field).toList()));
    }

    @Override
    public void refused(EditConflict conflict) {
        line = I18n.tr(conflict.deleted() ? "merge.line.refusedDeleted" : "merge.line.refused");
    }

    @Override
    public void undoRefused(EditConflict conflict, boolean redo) {
        line = I18n.tr(redo ? "merge.line.redoRefused" : "merge.line.undoRefused", ConflictTexts.colleague(null));
    }

    /** The line to show after the history changed, once. */
    public Optional<String> takeLine() {
        Optional<String> taken = Optional.ofNullable(line);
        line = null;
        return taken;
    }
}
