package qc.trousse.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Answers the merge questions as a test script says, and keeps what the user would have been told. */
public final class ScriptedConflicts implements Conflicts {
    private final Function<Question, Map<String, Boolean>> choices;
    private final boolean recreate;
    public final List<Question> asked = new ArrayList<>();
    public final List<List<String>> merged = new ArrayList<>();
    public final List<EditConflict> mergedWith = new ArrayList<>();
    public final List<EditConflict> deletedAsked = new ArrayList<>();
    public final List<EditConflict> undoRefused = new ArrayList<>();
    public final List<EditConflict> refused = new ArrayList<>();

    public ScriptedConflicts(Function<Question, Map<String, Boolean>> choices, boolean recreate) {
        this.choices = choices;
        this.recreate = recreate;
    }

    /** Keeps the user's value in every field both changed; recreates a row deleted meanwhile. */
    public static ScriptedConflicts keepingMine() {
        return new ScriptedConflicts(q -> {
            Map<String, Boolean> all = new java.util.HashMap<>();
            q.clashes().forEach(c -> all.put(c.path(), true));
            return all;
        }, true);
    }

    /** Takes the colleague's value in every field both changed (the dialog closed); drops an edit of a deleted row. */
    public static ScriptedConflicts takingTheirs() {
        return new ScriptedConflicts(q -> Map.of(), false);
    }

    @Override
    public synchronized Map<String, Boolean> choose(Question question) {
        asked.add(question);
        return choices.apply(question);
    }

    @Override
    public synchronized boolean recreate(EditConflict conflict, String descriptionKey) {
        deletedAsked.add(conflict);
        return recreate;
    }

    @Override
    public synchronized void merged(EditConflict conflict, String descriptionKey, List<String> fromTheirs) {
        merged.add(fromTheirs);
        mergedWith.add(conflict);
    }

    @Override
    public synchronized void refused(EditConflict conflict) {
        refused.add(conflict);
    }

    @Override
    public synchronized void undoRefused(EditConflict conflict, boolean redo) {
        undoRefused.add(conflict);
    }
}
