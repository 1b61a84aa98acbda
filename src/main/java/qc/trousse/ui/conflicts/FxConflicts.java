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
        String who = question.conflict().member();
        MergeViewModel model = new MergeViewModel(question, who);
        Map<String, Boolean> choices = MergeDialog.show(owner.get(), model).orElse(Map.of());
        line = ConflictTexts.naming(choices.containsValue(Boolean.TRUE) ? "merge.line.chosen" : "merge.line.theirs",
                who);
        return choices;
    }

    @Override
    public boolean recreate(EditConflict conflict, String descriptionKey) {
        int answer = dialogs.choose(ConflictTexts.by("merge.deleted.title", conflict.member()),
                I18n.tr("merge.deleted.message", ConflictTexts.colleague(conflict.member()), I18n.tr(descriptionKey)),
                List.of(I18n.tr("merge.deleted.recreate"), I18n.tr("merge.deleted.drop")));
        line = answer == 0 ? ConflictTexts.by("merge.line.recreated", conflict.member())
                : I18n.tr("merge.line.dropped");
        return answer == 0;
    }

    @Override
    public void merged(EditConflict conflict, String descriptionKey, List<String> fromTheirs) {
        line = ConflictTexts.naming("merge.line.merged", conflict.member(),
                String.join(", ", fromTheirs.stream().map(ConflictTexts::field).toList()));
    }

    @Override
    public void refused(EditConflict conflict) {
        line = ConflictTexts.by(conflict.deleted() ? "merge.line.refusedDeleted" : "merge.line.refused",
                conflict.member());
    }

    @Override
    public void undoRefused(EditConflict conflict, boolean redo) {
        line = I18n.tr(redo ? "merge.line.redoRefused" : "merge.line.undoRefused",
                ConflictTexts.colleague(conflict.member()));
    }

    /** The line to show after the history changed, once. */
    public Optional<String> takeLine() {
        Optional<String> taken = Optional.ofNullable(line);
        line = null;
        return taken;
    }
}
