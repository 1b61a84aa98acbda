package qc.trousse.certificates.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/** The real CUPS queue "PDF" (cups-pdf) that CI installs; its output lands in $HOME/PDF. */
public final class CupsQueue {
    public static final String NAME = "PDF";

    private CupsQueue() {
    }

    /** Fails in CI when the queue is missing; elsewhere skips, saying why. */
    public static void require() {
        boolean present = new CertificatePrinter().printers().contains(NAME);
        if (present) {
            return;
        }
        String why = "the CUPS queue \"" + NAME + "\" is not installed (cups, printer-driver-cups-pdf, cups-bsd; "
                + "cupsd running; lpadmin -p PDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd)";
        if (System.getenv("CI") != null) {
            fail("CI is set but " + why);
        }
        System.err.println("Skipped: " + why);
        Assumptions.abort("Skipped: " + why);
    }

    /** Where cups-pdf writes: ~/PDF (its default "Out ${HOME}/PDF"), or the folder named by CUPS_PDF_OUT. */
    public static Path outputFolder() {
        String given = System.getenv("CUPS_PDF_OUT");
        return given != null ? Path.of(given) : Path.of(System.getProperty("user.home"), "PDF");
    }

    private static java.util.List<Path> folders() {
        String user = System.getProperty("user.name");
        return java.util.List.of(outputFolder(), Path.of("/var/spool/cups-pdf", user),
                Path.of("/var/spool/cups-pdf/ANONYMOUS"));
    }

    /** Waits for the queue's PDF whose name holds the token, until it opens as a whole PDF or time runs out. */
    public static PDDocument awaitOutput(String token, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Path> file = find(token);
            if (file.isPresent()) {
                try {
                    return Loader.loadPDF(file.get().toFile());
                } catch (IOException stillBeingWritten) {
                    // cups-pdf writes then renames; try again on the next turn
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new AssertionError("no output containing \"" + token + "\" in " + outputFolder() + " after " + timeout);
    }

    private static Optional<Path> find(String token) throws IOException {
        for (Path dir : folders()) {
            if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                Optional<Path> hit = files.filter(p -> p.getFileName().toString().contains(token))
                        .filter(p -> p.getFileName().toString().endsWith(".pdf")).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }
}
