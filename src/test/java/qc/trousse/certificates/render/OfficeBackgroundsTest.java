package qc.trousse.certificates.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.RealService;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.pdf.PdfChecks;
import qc.trousse.work.Progress;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official certificate an office was sent, as it was sent: a PNG with a transparent border, a JPEG in CMYK
 * from a print shop, a PDF. Each still makes certificates an office can archive (PDF/A-2b, clean for qpdf), or
 * is refused in one sentence when chosen.
 */
class OfficeBackgroundsTest {
    @TempDir
    Path dir;

    private Path certificatesOn(Path backgroundFile) throws Exception {
        Background bg = Backgrounds.read(backgroundFile).orElseThrow();
        Path pdf = dir.resolve("certificats.pdf");
        new CertificateRenderer(CertificateDesign.builtIn().withBackground(bg))
                .render(List.of(Samples.fields("Léa Roy", "Mentorat")), Paper.LETTER, pdf, Progress.NONE);
        return pdf;
    }

    @Test
    void aPngWithATransparentBorderMakesArchivableCertificates() throws Exception {
        BufferedImage img = new BufferedImage(1100, 850, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setColor(new Color(0x80e8f4ec, true)); // half-transparent paper colour
        g.fillRect(40, 40, 1020, 770);
        g.dispose();
        Path pdf = certificatesOn(Files.write(dir.resolve("officiel.png"), Samples.png(img)));
        PdfChecks.assertPdfA2b(pdf);
        PdfChecks.assertQpdfClean(pdf);
    }

    @Test
    void aCmykJpegFromAPrintShopMakesArchivableCertificates() throws Exception {
        RealService.require(RealService.runs("convert", "-version"), "ImageMagick (convert)");
        Path jpeg = dir.resolve("officiel-cmyk.jpg");
        Process p = new ProcessBuilder("convert", "-size", "1100x850", "xc:#e8f4ec", "-fill", "#c0392b",
                "-draw", "rectangle 50,50 1050,120", "-colorspace", "CMYK", jpeg.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        Path pdf = certificatesOn(jpeg);
        PdfChecks.assertPdfA2b(pdf);
        PdfChecks.assertQpdfClean(pdf);
        // The print shop's red is still red on the page, not lost in a colour conversion.
        var preview = new CertificateRenderer(CertificateDesign.builtIn()
                .withBackground(Backgrounds.read(jpeg).orElseThrow()))
                .preview(Samples.fields("Léa Roy", ""), Paper.LETTER, 36).image();
        Color red = new Color(preview.getRGB(preview.getWidth() / 2, preview.getHeight() * 10 / 100));
        assertThat(red.getRed()).isGreaterThan(150);
        assertThat(red.getGreen()).isLessThan(110);
    }

    @Test
    void aPdfInCmykWithTransparencyMakesArchivableCertificates() throws Exception {
        Path official = dir.resolve("officiel.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(792, 612));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PDExtendedGraphicsState half = new PDExtendedGraphicsState();
                half.setNonStrokingAlphaConstant(0.5f);
                cs.setGraphicsStateParameters(half);
                cs.setNonStrokingColor(0.2f, 0.4f, 0.8f);
                cs.addRect(36, 36, 720, 540);
                cs.fill();
                cs.setNonStrokingColor(0f, 0.9f, 0.8f, 0.1f); // a print shop's red, in DeviceCMYK
                cs.addRect(36, 500, 720, 40);
                cs.fill();
            }
            doc.save(official.toFile());
        }
        Path pdf = certificatesOn(official);
        PdfChecks.assertPdfA2b(pdf);
        PdfChecks.assertQpdfClean(pdf);
    }

    @Test
    void aBackgroundStoredBeforeTheCheckPrintsSaysWhyItCannotBeArchivedAndIsNotDeclaredPdfA() throws Exception {
        // A file made before backgrounds were checked holds one whose font is not embedded: it is read as stored.
        Path official = helveticaPdf();
        CertificateRenderer renderer = new CertificateRenderer(CertificateDesign.builtIn()
                .withBackground(Backgrounds.read(official).orElseThrow()));
        assertThat(renderer.archiveWarning()).hasValueSatisfying(w -> assertThat(w)
                .contains("Helvetica").contains("PDF/A").doesNotContain("\n"));
        Path pdf = dir.resolve("certificats.pdf");
        renderer.render(List.of(Samples.fields("Léa Roy", "Mentorat")), Paper.LETTER, pdf, Progress.NONE);
        PdfChecks.assertQpdfClean(pdf);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).as("a page that is not PDF/A does not say it is").doesNotContain("pdfaid");
            assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
        }
        assertThat(new CertificateRenderer(CertificateDesign.builtIn()).archiveWarning()).isEmpty();
    }

    private Path helveticaPdf() throws Exception {
        Path official = dir.resolve("officiel-helvetica.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(792, 612));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                cs.newLineAtOffset(100, 500);
                cs.showText("Certificat de reconnaissance");
                cs.endText();
            }
            doc.save(official.toFile());
        }
        return official;
    }

    @Test
    void aPdfWhoseFontIsNotEmbeddedIsRefusedInOneSentenceNamingTheFont() throws Exception {
        Path official = helveticaPdf();
        Backgrounds.Verdict verdict = Backgrounds.check(official);
        assertThat(verdict.background()).isEmpty();
        assertThat(I18n.in(Lang.FR, verdict.reasonKey(), verdict.reasonArgs()))
                .isEqualTo("«\u00a0officiel-helvetica.pdf\u00a0» ne peut pas servir de fond\u00a0: sa police Helvetica n’y est pas "
                        + "incorporée, et un certificat à archiver doit contenir ses polices. Exportez-le en PDF/A "
                        + "ou en image PNG.")
                .doesNotContain("\n");
        assertThat(I18n.in(Lang.EN, verdict.reasonKey(), verdict.reasonArgs()))
                .isEqualTo("“officiel-helvetica.pdf” cannot be used as a background: its font Helvetica is not "
                        + "embedded, and a certificate to archive must contain its fonts. Export it as PDF/A or "
                        + "as a PNG image.");
    }
}
