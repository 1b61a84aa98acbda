package qc.trousse.ui.conflicts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import qc.trousse.edit.Conflicts;
import qc.trousse.edit.ThreeWayMerge;
import qc.trousse.i18n.I18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge dialog's state: one row per field both the user and a colleague changed, each with the user's choice
 * (their own value, at first). Closing the dialog takes the colleague's values: nothing of theirs is overwritten.
 */
public final class MergeViewModel {
    /** One field both changed, and whether the user keeps their own value. */
    public record Row(String path, String name, String field, String mine, String theirs, BooleanProperty keepMine) {
    }

    private final Conflicts.Question question;
    private final String colleague;
    private final String name;
    private final List<Row> rows;

    public MergeViewModel(Conflicts.Question question, String colleague) {
        this.question = question;
        this.colleague = ConflictTexts.colleague(colleague);
        this.name = colleague;
        this.rows = question.clashes().stream().map(MergeViewModel::row).toList();
    }

    private static Row row(ThreeWayMerge.Clash c) {
        return new Row(c.path(), c.field(), ConflictTexts.field(c.field()), ConflictTexts.value(c.mine()),
                ConflictTexts.value(c.theirs()), new SimpleBooleanProperty(true));
    }

    public List<Row> rows() {
        return rows;
    }

    /** « Rosalie a modifié le même invité pendant que vous le modifiiez. » */
    public String header() {
        return I18n.tr("merge.header", colleague, I18n.tr(question.descriptionKey()));
    }

    /** « Modifié par Marc Roy entre-temps » (« par un collègue » when the store cannot say who). */
    public String title() {
        return ConflictTexts.by("merge.title", name);
    }

    public String theirsTitle() {
        return ConflictTexts.naming("merge.theirs", name);
    }

    /** The fields that merged by themselves, in one line (empty when none). */
    public String mergedLine() {
        return question.fromTheirs().isEmpty() ? ""
                : I18n.tr("merge.alsoMerged", String.join(", ", question.fromTheirs().stream()
                .map(ConflictTexts::field).toList()));
    }

    public void keepAllMine() {
        rows.forEach(r -> r.keepMine().set(true));
    }

    public void takeAllTheirs() {
        rows.forEach(r -> r.keepMine().set(false));
    }

    /** The choices, by field path, for the store. */
    public Map<String, Boolean> choices() {
        Map<String, Boolean> choices = new LinkedHashMap<>();
        rows.forEach(r -> choices.put(r.path(), r.keepMine().get()));
        return choices;
    }
}
