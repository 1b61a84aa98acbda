package qc.trousse.certificates.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.Lang;
import qc.trousse.pdf.PdfChecks;
import qc.trousse.work.Progress;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificates an office files away: PDF/A-2b with their metadata, whatever the design and the language. */
class ArchivedCertificatesTest {
    @TempDir
    Path dir;

    private static CertificateFields english(CertificateFields f) {
        return new CertificateFields(f.recipientName(), f.reason(), f.date(), f.ridingName(), f.mnaName(),
                f.mnaTitle(), f.signature(), f.logo(), f.slogan(), f.hashtag(), Lang.EN);
    }

    @Test
    void anEnglishCertificateOnAnImageBackgroundIsPdfA2bInEnglish() throws Exception {
        BufferedImage img = new BufferedImage(1100, 850, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(0xe8f4ec));
        g.fillRect(0, 0, 1100, 850);
        g.dispose();
        Path png = Files.write(dir.resolve("officiel.png"), Samples.png(img));
        CertificateDesign design = CertificateDesign.builtIn().withBackground(Backgrounds.read(png).orElseThrow());
        Path pdf = dir.resolve("certificate.pdf");
        new CertificateRenderer(design).render(List.of(english(Samples.fields("Ægir Çelik-Nguyễn", "Mentoring"))),
                Paper.LETTER, pdf, Progress.NONE);
        PdfChecks.assertPdfA2b(pdf);
        PdfChecks.assertQpdfClean(pdf);
        PdfChecks.assertMetadata(pdf, Lang.EN);
        assertThat(PdfChecks.softMaskedImages(pdf)).isEqualTo(2); // the signature and the logo keep their alpha
    }

    @Test
    void oneFilePerPersonIsEachNamedAfterItsRecipient() throws Exception {
        Path folder = dir.resolve("un-par-personne");
        RenderReport report = new CertificateRenderer(CertificateDesign.builtIn()).renderEach(
                List.of(Samples.fields("Léa Roy", ""), Samples.bare("Kanien'kehá:ka Onkwehón:we", "")),
                Paper.A4, folder, Progress.NONE);
        for (Path pdf : report.files()) {
            PdfChecks.assertPdfA2b(pdf);
            PdfChecks.assertMetadata(pdf, Lang.FR);
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(report.files().get(1).toFile())) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Certificat de reconnaissance — Kanien'kehá:ka Onkwehón:we");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Bureau de Jean Tremblay");
        }
    }
}
