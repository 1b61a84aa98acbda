package qc.trousse.gestures;

import qc.trousse.edit.CompositeEdit;
import qc.trousse.edit.Edit;
import qc.trousse.edit.SnapshotEdit;

import java.util.List;
import java.util.Set;

/** The plan's undoable changes, as snapshots written through the service. */
final class GestureEdits {
    /** The fields typed into, key by key: their edits fold into one undo step per field of one gesture. */
    private static final Set<String> TYPED = Set.of("place", "itemText", "itemOffset");

    private GestureEdits() {
    }

    /** One change to one planned gesture: before null for a new gesture, after null for a removed one. */
    static Edit plan(PlanBook service, String field, PlannedGesture before, PlannedGesture after) {
        SnapshotEdit<PlannedGesture> edit = SnapshotEdit.of("gestures.edit." + field, before, after,
                service::replace);
        boolean typing = TYPED.contains(field) && before != null && after != null;
        return typing ? edit.folding(field + "#" + before.id()) : edit;
    }

    /** Writing a gesture of the office's own and putting it in the plan, as one undo step: the entry first. */
    static Edit custom(PlanBook service, CustomGesture custom, PlannedGesture planned) {
        return CompositeEdit.of(List.of(
                SnapshotEdit.of("gestures.edit.custom", null, custom,
                        (from, to) -> service.putCustom(custom, to != null)),
                SnapshotEdit.of("gestures.edit.custom", null, planned, service::replace)));
    }
}
