package qc.trousse.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.Lang;
import qc.trousse.pdf.PdfChecks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of PDF the app writes, made by its commands from the demonstration week, as another program
 * reads it: its metadata, qpdf's check, and for what an office archives (certificates, the report) PDF/A-2b.
 */
class EveryPdfTest {
    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void demo() throws Exception {
        data = dir.resolve("demo.db");
        Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), data, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path write(String name, String... command) {
        Path out = dir.resolve(name);
        String[] args = new String[command.length + 4];
        args[0] = "--data";
        args[1] = data.toString();
        System.arraycopy(command, 0, args, 2, command.length);
        args[command.length + 2] = "--out";
        args[command.length + 3] = out.toString();
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out).isNotEmptyFile();
        return out;
    }

    private static String author(Path pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return doc.getDocumentInformation().getAuthor();
        }
    }

    @Test
    void certificatesAndTheReportArePdfA2bWithTheirMetadata() throws Exception {
        Path certificates = write("certificats.pdf", "certificates", "pdf");
        Path report = write("bilan.pdf", "report");
        Path reportEn = write("report-en.pdf", "report", "--report-lang", "en");
        for (Path pdf : new Path[] {certificates, report, reportEn}) {
            PdfChecks.assertPdfA2b(pdf);
            PdfChecks.assertQpdfClean(pdf);
        }
        // the demo's signature and logo are PNGs with alpha: PDF/A-2 allows their soft masks under the sRGB intent
        assertThat(PdfChecks.softMaskedImages(certificates)).isPositive();
        PdfChecks.assertMetadata(certificates, Lang.FR);
        PdfChecks.assertMetadata(report, Lang.FR);
        PdfChecks.assertMetadata(reportEn, Lang.EN);
        assertThat(author(certificates)).isEqualTo(author(report)).isEqualTo("Bureau de Marie-Ève Tremblay");
        assertThat(author(reportEn)).isEqualTo("Office of Marie-Ève Tremblay");
    }

    @Test
    void thePostsAndTheCocktailSheetsCarryTheirMetadataAndPassQpdf() throws Exception {
        Path[] pdfs = {
                write("publications.pdf", "posts", "export"),
                write("porte.pdf", "cocktail", "print", "--what", "guests"),
                write("deroulement.pdf", "cocktail", "print", "--what", "runsheet"),
                write("porte-noms.pdf", "cocktail", "print", "--what", "badges")};
        for (Path pdf : pdfs) {
            PdfChecks.assertMetadata(pdf, Lang.FR);
            PdfChecks.assertQpdfClean(pdf);
            assertThat(author(pdf)).as("author of %s", pdf.getFileName()).isEqualTo("Bureau de Marie-Ève Tremblay");
        }
    }
}
