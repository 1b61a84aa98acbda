package qc.trousse.ui.onsite;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateFieldsFactory;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;

import java.time.Clock;
import java.time.LocalDate;

/** The certificate of a name typed on site: its fields and design as the file has them now, its record once printed. */
final class OnsiteCertificate {
    private final Session session;
    private final Clock clock;

    OnsiteCertificate(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    CertificateFields fields(String name, String reason) {
        return new CertificateFieldsFactory(session.office(), session.campaign()).fields(name, reason, day(),
                I18n.language());
    }

    CertificateRenderer renderer() {
        return new CertificateRenderer(session.certificateDesign().design());
    }

    /** A certificate printed on site is a recipient like the others: the list and the report count it. */
    void printed(String name, String reason) {
        session.recipients().add(Recipient.of(RecipientKind.PERSON, name, reason, day())
                .withGesture(I18n.tr("onsite.gesture")).printedOn(clock.instant()));
    }

    private LocalDate day() {
        return RecipientService.defaultDate(session.campaign(), LocalDate.now(clock));
    }
}
