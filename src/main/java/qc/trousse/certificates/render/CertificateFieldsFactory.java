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

    public CertificateFieldsFactory(OfficeService office, Campaign campaign) {
        this.office = office;
        this.campaign = campaign;
    }

    public CertificateFields fields(String name, String reason, LocalDate date, Lang lang) {
        OfficeProfile p = office.profile();
        String riding = office.riding().map(Riding::name).orElse("");
        String title = lang == Lang.EN ? p.title().english() : p.title().french();
        return new CertificateFields(name, reason, date, riding, p.mnaName(), title, bytes(p.signature()),
                bytes(p.logo()), campaign.slogan().in(lang), campaign.hashtag(), lang);
    }

    private static byte[] bytes(OfficeImage image) {
        return image == null ? null : image.bytes();
    }
}
