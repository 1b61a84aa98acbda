package qc.trousse.certificates.render;

import qc.trousse.campaign.Campaign;
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeImage;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Riding;

import java.time.LocalDate;

/** Fills the office's and the campaign's part of a certificate, so callers give only the name, reason and date. */
public final class CertificateFieldsFactory {
    private final OfficeService office;
    private final Campaign campaign;
    /** The image bytes last handed out, reused while the profile keeps the same image: one array per batch. */
    private final java.util.Map<String, Handed> images = new java.util.HashMap<>();

    private record Handed(OfficeImage image, byte[] bytes) {
    }

    public CertificateFieldsFactory(OfficeService office, Campaign campaign) {
        this.office = office;
        this.campaign = campaign;
    }

    public CertificateFields fields(String name, String reason, LocalDate date, Lang lang) {
        OfficeProfile p = office.profile();
        String riding = office.riding().map(Riding::name).orElse("");
        String title = lang == Lang.EN ? p.title().english() : p.title().french();
        return new CertificateFields(name, reason, date, riding, p.mnaName(), title, bytes("signature", p.signature()),
                bytes("logo", p.logo()), campaign.theme(lang), campaign.hashtag(), lang,
                campaign.facts().certificateTitle().in(lang), campaign.facts().certificatePresentedTo().in(lang));
    }

    private byte[] bytes(String kind, OfficeImage image) {
        if (image == null) {
            return null;
        }
        Handed last = images.get(kind);
        if (last == null || (last.image() != image && !last.image().equals(image))) {
            last = new Handed(image, image.bytes());
            images.put(kind, last);
        }
        return last.bytes();
    }
}
