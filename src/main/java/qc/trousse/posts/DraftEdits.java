package qc.trousse.posts;

import qc.trousse.edit.Edit;
import qc.trousse.edit.SnapshotEdit;

import java.util.List;

/** The posts' undoable changes, as snapshots saved at once through the store; each tells the screens. */
final class DraftEdits {
    private final DraftStore store;
    private final Runnable changed;

    DraftEdits(DraftStore store, Runnable changed) {
        this.store = store;
        this.changed = changed;
    }

    /** One change to one draft: before null for a creation, after null for a deletion. */
    Edit draft(String field, Draft before, Draft after) {
        boolean text = field.startsWith("text.");
        SnapshotEdit<Draft> edit = SnapshotEdit.of("edit.posts." + (text ? "text" : field), before, after,
                (from, to) -> {
                    if (to == null) {
                        store.delete(from.id());
                    } else {
                        store.save(to);
                    }
                    changed.run();
                });
        // Keystrokes in the same version of the same draft fold into one undo step.
        return text && before != null && after != null ? edit.folding(field + "#" + before.id()) : edit;
    }

    /** Adding (before null) or removing (after null) one of the office's own templates. */
    Edit template(PostTemplate before, PostTemplate after) {
        return SnapshotEdit.of("edit.posts.template", before, after, (from, to) -> {
            if (to == null) {
                store.deleteTemplate(from.id());
            } else {
                store.saveTemplate(to);
            }
            changed.run();
        });
    }

    /** The suggested week: none of its drafts before, all of them after, written in one transaction. */
    Edit week(List<Draft> drafts) {
        return SnapshotEdit.of("edit.posts.week", List.<Draft>of(), List.copyOf(drafts), (from, to) -> {
            if (to.isEmpty()) {
                store.deleteAll(from.stream().map(Draft::id).toList());
            } else {
                store.saveAll(to);
            }
            changed.run();
        });
    }
}
