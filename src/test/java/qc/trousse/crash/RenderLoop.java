package qc.trousse.crash;

import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientService;
import qc.trousse.certificates.render.CertificateFieldsFactory;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.Paper;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A real process that renders every recipient's certificate to one PDF, then marks them all printed, again and
 * again; it prints "page N" as pages are drawn and "batch N" once a batch is written and marked. The crash test
 * kills it at random points, in the middle of a page, a save, or the marking.
 */
public final class RenderLoop {
    private RenderLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        try (Session session = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            RecipientService recipients = session.recipients();
            CertificateRenderer renderer = new CertificateRenderer(session.certificateDesign().design());
            CertificateFieldsFactory factory = new CertificateFieldsFactory(session.office(), session.campaign());
            Progress pages = new Progress() {
                @Override
                public void update(long done, long total) {
                    System.out.println("page " + done);
                    System.out.flush();
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            for (int i = 1; i <= count; i++) {
                List<Recipient> all = recipients.all();
                renderer.render(all.stream().map(r -> factory.fields(r.name(), r.reason(), r.date(), Lang.FR))
                        .toList(), Paper.LETTER, out, pages);
                recipients.markPrinted(all.stream().map(Recipient::id).toList(), Instant.now());
                System.out.println("batch " + i);
                System.out.flush();
            }
        }
    }
}
