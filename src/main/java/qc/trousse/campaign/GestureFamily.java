package qc.trousse.campaign;

import qc.trousse.i18n.Localized;

import java.util.List;

/** One of the flyer's two families of gestures (salute publicly; be an ambassador). */
public record GestureFamily(String id, Localized title, List<CatalogueGesture> gestures) {
    public GestureFamily {
        gestures = List.copyOf(gestures);
    }
}
