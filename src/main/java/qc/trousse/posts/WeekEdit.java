package qc.trousse.posts;

import qc.trousse.edit.Edit;

import java.util.List;

/** The suggested week of drafts, made and undone as one step, all in one transaction. */
final class WeekEdit implements Edit {
    private final DraftStore store;
    private final Runnable changed;
    private final List<Draft> drafts;

    WeekEdit(DraftStore store, Runnable changed, List<Draft> drafts) {
        this.store = store;
        this.changed = changed;
        this.drafts = List.copyOf(drafts);
    }

    @Override
    public void apply() {
        store.saveAll(drafts);
        changed.run();
    }

    @Override
    public void revert() {
        store.deleteAll(drafts.stream().map(Draft::id).toList());
        changed.run();
    }

    @Override
    public String descriptionKey() {
        return "edit.posts.week";
    }
}
