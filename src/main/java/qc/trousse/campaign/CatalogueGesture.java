package qc.trousse.campaign;

import qc.trousse.i18n.Localized;

/** A gesture as the flyer words it: a bold lead ("En organisant") and the rest of the sentence. */
public record CatalogueGesture(String id, String familyId, Localized lead, Localized text) {
    public Localized sentence() {
        return new Localized(lead.fr() + " " + text.fr(), lead.en() + " " + text.en());
    }
}
