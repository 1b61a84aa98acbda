package qc.trousse.posts;

import qc.trousse.edit.Edit;

/** Choosing the networks the office posts on, or its Mastodon server's limit: one undo step. */
final class NetworksEdit implements Edit {
    private final DraftStore store;
    private final Runnable changed;
    private final OfficeNetworks before;
    private final OfficeNetworks after;

    NetworksEdit(DraftStore store, Runnable changed, OfficeNetworks before, OfficeNetworks after) {
        this.store = store;
        this.changed = changed;
        this.before = before;
        this.after = after;
    }

    @Override
    public void apply() {
        store.saveNetworks(after);
        changed.run();
    }

    @Override
    public void revert() {
        store.saveNetworks(before);
        changed.run();
    }

    @Override
    public String descriptionKey() {
        return "edit.posts.networks";
    }
}
