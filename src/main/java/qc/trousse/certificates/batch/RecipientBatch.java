package qc.trousse.certificates.batch;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientService;
import qc.trousse.certificates.print.PrintOutcome;
import qc.trousse.certificates.print.PrintRequest;
import qc.trousse.certificates.print.Printing;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateFieldsFactory;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.MissingCharacter;
import qc.trousse.certificates.render.Paper;
import qc.trousse.certificates.render.RenderReport;
import qc.trousse.i18n.Lang;
import qc.trousse.work.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Certificates for recipients of the list: checked, saved as PDF, printed. A recipient is marked printed only
 * when the printing system accepted the job; a PDF is not a print, so saving one marks nothing.
 */
public final class RecipientBatch {
    private final RecipientService recipients;
    private final CertificateFieldsFactory factory;
    private final CertificateRenderer renderer;
    private final Printing printer;
    private final Clock clock;
    private final Lang lang;

    public RecipientBatch(RecipientService recipients, CertificateFieldsFactory factory, CertificateRenderer renderer,
                          Printing printer, Clock clock, Lang lang) {
        this.recipients = recipients;
        this.factory = factory;
        this.renderer = renderer;
        this.printer = printer;
        this.clock = clock;
        this.lang = lang;
    }

    public CertificateRenderer renderer() {
        return renderer;
    }

    /** What each recipient's certificate prints, with the office's and the campaign's parts. */
    public List<CertificateFields> fields(List<Recipient> chosen) {
        return chosen.stream().map(r -> factory.fields(r.name(), r.reason(), r.date(), lang)).toList();
    }

    /** The characters no shipped font has, naming the recipient: shown before anything is written or printed. */
    public List<MissingCharacter> check(List<Recipient> chosen) {
        return renderer.check(fields(chosen));
    }

    /** One PDF, a page per recipient, written whole or not at all. Marks nothing. */
    public RenderReport pdf(List<Recipient> chosen, Paper paper, Path file, Progress progress)
            throws IOException, Progress.CancelledException {
        return renderer.render(fields(chosen), paper, file, progress);
    }

    /** One PDF per recipient in the folder. Marks nothing. */
    public RenderReport pdfEach(List<Recipient> chosen, Paper paper, Path dir, Progress progress)
            throws IOException, Progress.CancelledException {
        return renderer.renderEach(fields(chosen), paper, dir, progress);
    }

    /** Prints the batch as one job, without marking: the caller marks with {@link #markIfAccepted}. */
    public PrintOutcome print(List<Recipient> chosen, PrintRequest request, Progress progress)
            throws IOException, Progress.CancelledException {
        return printer.print(renderer, fields(chosen), request, progress);
    }

    /** Marks the batch printed, now, if and only if the job was accepted; returns how many were marked. */
    public int markIfAccepted(PrintOutcome outcome, List<Recipient> chosen) {
        if (!outcome.accepted() || chosen.isEmpty()) {
            return 0;
        }
        return recipients.markPrinted(chosen.stream().map(Recipient::id).toList(), clock.instant());
    }

    /** Prints, then marks on acceptance: for callers with no window thread to come back to. */
    public PrintOutcome printAndMark(List<Recipient> chosen, PrintRequest request, Progress progress)
            throws IOException, Progress.CancelledException {
        PrintOutcome outcome = print(chosen, request, progress);
        markIfAccepted(outcome, chosen);
        return outcome;
    }
}
