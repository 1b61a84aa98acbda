package qc.trousse.posts;

import qc.trousse.campaign.Campaign;
import qc.trousse.edit.EditHistory;

/**
 * The networks the office posts on this edition and its Mastodon server's limit: the edition's networks until
 * the office chooses its own, then its choice, kept in the file and changed as one undo step.
 */
final class NetworkChoice {
    private final DraftStore store;
    private final EditHistory history;
    private final Campaign campaign;
    private final Runnable changed;

    NetworkChoice(DraftStore store, EditHistory history, Campaign campaign, Runnable changed) {
        this.store = store;
        this.history = history;
        this.campaign = campaign;
        this.changed = changed;
    }

    OfficeNetworks current() {
        return EditionNetworks.resolve(store.networks(), campaign);
    }

    /** Refuses no network at all, or a Mastodon limit no server has; one undo step otherwise. */
    void set(OfficeNetworks next) {
        if (next.used().isEmpty()) {
            throw new PostRuleException("posts.error.noNetwork");
        }
        if (next.mastodonLimit() < 0 || next.mastodonLimit() > OfficeNetworks.MASTODON_MAX) {
            throw new PostRuleException("posts.error.mastodonLimit");
        }
        if (!next.equals(current())) {
            // undo puts back what the file kept, "not chosen" included
            history.perform(new NetworksEdit(store, changed, store.networks(), next));
        }
    }
}
