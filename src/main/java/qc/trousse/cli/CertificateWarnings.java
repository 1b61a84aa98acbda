package qc.trousse.cli;

import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.MissingCharacters;
import qc.trousse.certificates.render.OfficeGaps;

import java.io.PrintStream;
import java.util.List;

/**
 * What a script is told before certificates are written or printed, each on a line of its own starting "! ":
 * what the office's profile lacks, a stored background that keeps the pages from being archived, then the characters no font has. A command goes on, as the window does when
 * the person chooses to.
 */
final class CertificateWarnings {
    private CertificateWarnings() {
    }

    static void print(CertificateRenderer renderer, List<CertificateFields> certificates, PrintStream out) {
        OfficeGaps.warning(certificates, renderer.design()).ifPresent(w -> out.println("! " + w));
        renderer.archiveWarning().ifPresent(w -> out.println("! " + w));
        MissingCharacters.describe(renderer.check(certificates)).forEach(w -> out.println("! " + w));
    }
}
