package qc.trousse.ui.posts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Network;
import qc.trousse.posts.OfficeNetworks;
import qc.trousse.posts.PostRuleException;
import qc.trousse.posts.PostService;
import qc.trousse.store.StoreException;
import qc.trousse.ui.WriteBack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * « Réseaux du bureau »: the networks the office posts on this edition, one box each, and its Mastodon server's
 * limit. Each change is saved at once as one undo step (the same setting as `posts networks`); undo flows back
 * through {@link #refresh()}. A wrong limit is said in one line under the field and changes nothing.
 */
public final class NetworksModel {
    private final PostService posts;
    private final Map<Network, BooleanProperty> used = new EnumMap<>(Network.class);
    private final StringProperty mastodonLimit = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final javafx.collections.ObservableList<Network> choices =
            javafx.collections.FXCollections.observableArrayList();
    private String shownLimit = "";

    NetworksModel(PostService posts) {
        this.posts = posts;
        for (Network n : Network.values()) {
            BooleanProperty box = new SimpleBooleanProperty();
            // Showing what the file says in a box is never written back: only a box set otherwise is.
            WriteBack.of(box, () -> posts.networks().uses(n), on -> toggled(n, on));
            used.put(n, box);
        }
        refresh();
    }

    public BooleanProperty uses(Network n) {
        return used.get(n);
    }

    /** The limit as typed; empty means the Mastodon default (500). */
    public StringProperty mastodonLimit() {
        return mastodonLimit;
    }

    /** What is wrong with what was just asked, in one sentence; empty when all went through. */
    public StringProperty problem() {
        return problem;
    }

    /** « Réseaux du bureau : X, Bluesky · limite Mastodon 500 », the panel's title. */
    public StringProperty summary() {
        return summary;
    }

    /**
     * The networks the office uses first, then the others, so a network it has not chosen yet stays at hand;
     * one live list, so every draft's drop-down follows the office's choice as soon as it changes.
     */
    public javafx.collections.ObservableList<Network> choices() {
        return choices;
    }

    /** The field is committed on Enter or when it loses focus: a whole number from 1 to 1,000,000, or empty. */
    public void commitMastodonLimit() {
        if (java.util.Objects.equals(mastodonLimit.get(), shownLimit)) {
            return; // nothing typed: leaving the field (or closing the window) changes nothing
        }
        String typed = mastodonLimit.get() == null ? "" : mastodonLimit.get().strip().replaceAll("[\\s\u00A0\u202F]", "");
        int limit;
        try {
            limit = typed.isEmpty() ? 0 : Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 0 || limit == 0 && !typed.isEmpty() || limit > OfficeNetworks.MASTODON_MAX) {
            problem.set(I18n.tr("posts.networks.badLimit", mastodonLimit.get()));
            return;
        }
        save(posts.networks().withMastodonLimit(limit));
    }

    private void toggled(Network n, boolean on) {
        List<Network> next = new ArrayList<>(posts.networks().used());
        if (on && !next.contains(n)) {
            next.add(n);
        } else if (!on) {
            next.remove(n);
        }
        if (next.isEmpty()) {
            problem.set(I18n.tr("posts.networks.lastOne", n.label()));
            refresh();
            return;
        }
        save(posts.networks().withUsed(next));
    }

    private void save(OfficeNetworks next) {
        try {
            posts.setNetworks(next);
            problem.set("");
        } catch (PostRuleException e) {
            problem.set(I18n.tr(e.key(), e.args()));
        } catch (StoreException e) {
            problem.set(e.getMessage());
        }
        refresh();
    }

    /** Shows what the file says now, after a change, an undo or a redo. */
    void refresh() {
        OfficeNetworks now = posts.networks();
        used.forEach((n, box) -> box.set(now.uses(n)));
        shownLimit = now.mastodonLimit() > 0 ? Integer.toString(now.mastodonLimit()) : "";
        mastodonLimit.set(shownLimit);
        List<Network> all = new ArrayList<>(now.used());
        Arrays.stream(Network.values()).filter(n -> !all.contains(n)).forEach(all::add);
        if (!all.equals(choices)) {
            choices.setAll(all);
        }
        int limit = now.rules(Network.MASTODON, posts.campaign().start()).limit();
        summary.set(I18n.tr("posts.networks.summary", String.join(", ", now.used().stream().map(Network::label)
                .toList()), limit));
    }
}
