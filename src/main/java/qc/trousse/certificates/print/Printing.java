package qc.trousse.certificates.print;

import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.work.Progress;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** What the app asks of a printer: which exist, and printing a batch. Tests put a fake in its place. */
public interface Printing {
    List<String> printers();

    Optional<String> defaultPrinter();

    /** Renders and prints the certificates as one job; {@link PrintOutcome#accepted()} only if the system took it. */
    PrintOutcome print(CertificateRenderer renderer, List<CertificateFields> certificates, PrintRequest request,
                       Progress progress) throws IOException, Progress.CancelledException;
}
