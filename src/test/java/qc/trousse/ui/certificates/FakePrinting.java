package qc.trousse.ui.certificates;

import qc.trousse.certificates.print.PrintOutcome;
import qc.trousse.certificates.print.PrintRequest;
import qc.trousse.certificates.print.Printing;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.work.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A printer that accepts, refuses or sees its job cancelled, as told, and keeps what it was sent. */
final class FakePrinting implements Printing {
    enum Answer { ACCEPT, REFUSE, CANCEL }

    Answer answer = Answer.ACCEPT;
    final List<String> sent = new ArrayList<>();
    PrintRequest lastRequest;
    /** Runs once the pages are drawn, just before the job would go to the printer: where a late Cancel lands. */
    Runnable whenDrawn = () -> { };

    @Override
    public List<String> printers() {
        return List.of("Bureau", "Salle");
    }

    @Override
    public Optional<String> defaultPrinter() {
        return Optional.of("Salle");
    }

    @Override
    public PrintOutcome print(CertificateRenderer renderer, List<CertificateFields> certificates, PrintRequest request,
                              Progress progress) throws Progress.CancelledException {
        lastRequest = request;
        progress.update(certificates.size(), certificates.size());
        whenDrawn.run();
        progress.throwIfCancelled();
        certificates.forEach(c -> sent.add(c.recipientName()));
        return switch (answer) {
            case ACCEPT -> new PrintOutcome(true, request.printer(), certificates.size(), "accepté");
            case REFUSE -> new PrintOutcome(false, request.printer(), 0, "bourrage papier sur " + request.printer());
            case CANCEL -> throw new Progress.CancelledException();
        };
    }
}
