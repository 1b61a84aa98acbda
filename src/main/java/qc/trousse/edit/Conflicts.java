package qc.trousse.edit;

import java.util.List;
import java.util.Map;

/**
 * What the user is asked and told when an edit meets a row a colleague changed (the office's shared database).
 * The window answers with its merge dialog and its status line; without one (the headless commands), a
 * conflict reaches the caller unmerged, as before.
 */
public interface Conflicts {
    /** The fields both sides changed in one row, with what the edit was ("edit.recipients.edit"). */
    record Question(String descriptionKey, EditConflict conflict, List<ThreeWayMerge.Clash> clashes,
                    List<String> fromTheirs) {
    }

    /**
     * The user's choice per clash path: true keeps their own value, false takes the colleague's. A path left out
     * takes the colleague's (the dialog closed: nothing of theirs is overwritten).
     */
    Map<String, Boolean> choose(Question question);

    /** The row was deleted by a colleague while the user edited it: true recreates it with the edit. */
    boolean recreate(EditConflict conflict, String descriptionKey);

    /** The edit was merged by itself with the colleague's change of these fields (one line). */
    void merged(EditConflict conflict, String descriptionKey, List<String> fromTheirs);

    /** An edit that cannot merge (a deletion, an import) met a colleague's change: not written (one line). */
    void refused(EditConflict conflict);

    /** The undo (or redo) would have written over a colleague's change: it was not done (one line). */
    void undoRefused(EditConflict conflict, boolean redo);
}
