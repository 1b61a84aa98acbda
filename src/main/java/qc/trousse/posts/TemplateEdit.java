package qc.trousse.posts;

import qc.trousse.edit.Edit;

/** Adding (before null) or removing (after null) one of the office's own templates. */
final class TemplateEdit implements Edit {
    private final DraftStore store;
    private final Runnable changed;
    private final PostTemplate before;
    private final PostTemplate after;

    TemplateEdit(DraftStore store, Runnable changed, PostTemplate before, PostTemplate after) {
        this.store = store;
        this.changed = changed;
        this.before = before;
        this.after = after;
    }

    @Override
    public void apply() {
        put(before, after);
    }

    @Override
    public void revert() {
        put(after, before);
    }

    private void put(PostTemplate from, PostTemplate to) {
        if (to == null) {
            store.deleteTemplate(from.id());
        } else {
            store.saveTemplate(to);
        }
        changed.run();
    }

    @Override
    public String descriptionKey() {
        return "edit.posts.template";
    }
}
