package qc.trousse.gestures;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CatalogueGesture;
import qc.trousse.i18n.Localized;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The flyer's five gestures, in its words, followed by the office's own. */
public final class GestureCatalogue {
    private final Campaign campaign;
    private final List<CustomGesture> custom;

    public GestureCatalogue(Campaign campaign, List<CustomGesture> custom) {
        this.campaign = campaign;
        this.custom = List.copyOf(custom);
    }

    public List<GestureEntry> entries() {
        List<GestureEntry> all = new ArrayList<>();
        for (CatalogueGesture g : campaign.gestures()) {
            all.add(new GestureEntry(g.id(), g.familyId(), title(g.id()), g.sentence(), false));
        }
        for (CustomGesture c : custom) {
            all.add(new GestureEntry(c.key(), c.familyId(), new Localized(c.title(), c.title()),
                    new Localized(c.description(), c.description()), true));
        }
        return all;
    }

    public Optional<GestureEntry> entry(String key) {
        return entries().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The short name of a gesture ("Remise du certificat"), or its key when it is no longer known. */
    public String title(PlannedGesture g) {
        return entry(g.gestureKey()).map(e -> e.title().current()).orElse(g.gestureKey());
    }

    /** Flyer gestures get a short title of the project's own; the flyer's sentence is the description. */
    private static Localized title(String id) {
        return new Localized(qc.trousse.i18n.I18n.bundle(qc.trousse.i18n.Lang.FR).getString("gestures.title." + id),
                qc.trousse.i18n.I18n.bundle(qc.trousse.i18n.Lang.EN).getString("gestures.title." + id));
    }
}
