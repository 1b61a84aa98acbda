package qc.trousse.ui.certificates;

import javafx.scene.Node;
import qc.trousse.certificates.batch.RecipientBatch;
import qc.trousse.certificates.print.Printing;
import qc.trousse.certificates.render.CertificateFieldsFactory;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.task.BackgroundExecutor;

import java.time.Clock;
import java.util.function.Supplier;

/** Builds the recipients screen: the list, the preview of the selected certificate and the output panel. */
public final class RecipientsScreen {
    private RecipientsScreen() {
    }

    public static Node view(Session session, Printing printer, DialogService dialogs, BackgroundExecutor executor,
                            Clock clock, Runnable openProfile) {
        Supplier<RecipientBatch> batches = batches(session, printer, clock);
        return new RecipientsView(
                new RecipientsViewModel(session.recipients(), session.campaign(), dialogs, executor, clock),
                new OutputViewModel(session.recipients(), batches, printer, dialogs, executor, openProfile),
                new RecipientPreviewModel(batches, executor), clock.getZone());
    }

    /** A batch with the design, profile and language of the moment: each output reads them afresh. */
    public static Supplier<RecipientBatch> batches(Session session, Printing printer, Clock clock) {
        return () -> new RecipientBatch(session.recipients(),
                new CertificateFieldsFactory(session.office(), session.campaign()),
                new CertificateRenderer(session.certificateDesign().design()), printer, clock, I18n.language());
    }
}
