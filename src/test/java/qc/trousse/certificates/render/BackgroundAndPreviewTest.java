package qc.trousse.certificates.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.work.Progress;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The official certificate under the fields, and the preview being the very page that is written. */
class BackgroundAndPreviewTest {
    @TempDir
    Path dir;

    @Test
    void anOfficialPdfCertificateIsThePageAndTheFieldsGoOnIt() throws Exception {
        Path official = dir.resolve("officiel.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(792, 612));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 30);
                cs.newLineAtOffset(200, 540);
                cs.showText("CERTIFICAT OFFICIEL JPS");
                cs.endText();
            }
            doc.save(official.toFile());
        }
        CertificateDesign design = CertificateDesign.builtIn()
                .withBackground(Backgrounds.read(official).orElseThrow())
                .with(FieldId.TITLE, CertificateDesign.builtIn().style(FieldId.TITLE).withVisible(false));
        Path out = dir.resolve("lot.pdf");
        new CertificateRenderer(design).render(List.of(Samples.fields("Léa Roy", ""), Samples.fields("Ève Roy", "")),
                Paper.A4, out, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String second = CertificatePdfTest.pageText(doc, 1);
            assertThat(second).contains("CERTIFICAT OFFICIEL JPS").contains("Ève Roy")
                    .doesNotContain("Certificat de reconnaissance");
        }
    }

    @Test
    void anImageCertificateWorksAndTextIsNotAnImage() throws Exception {
        BufferedImage img = new BufferedImage(1100, 850, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(0xe8f4ec));
        g.fillRect(0, 0, 1100, 850);
        g.dispose();
        Path png = dir.resolve("officiel.png");
        Files.write(png, Samples.png(img));
        Path notAnImage = dir.resolve("faux.png");
        Files.writeString(notAnImage, "pas une image");
        assertThat(Backgrounds.read(notAnImage)).isEmpty();
        CertificateDesign design = CertificateDesign.builtIn().withBackground(Backgrounds.read(png).orElseThrow());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CertificateRenderer(design).render(List.of(Samples.fields("ᐃᓄᒃᑎᑐᑦ", "")), Paper.LETTER, out,
                Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(CertificatePdfTest.pageText(doc, 0)).contains("ᐃᓄᒃᑎᑐᑦ");
        }
    }

    @Test
    void thePreviewIsThePdfPageThatIsWritten() throws Exception {
        CertificateFields f = Samples.fields("Kanien'kehá:ka Tékaronhiáhkhwa", "Pour son engagement.");
        CertificateRenderer renderer = new CertificateRenderer(CertificateDesign.builtIn());
        BufferedImage preview = renderer.preview(f, Paper.LETTER, 40).image();
        Path file = dir.resolve("one.pdf");
        renderer.render(List.of(f), Paper.LETTER, file, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            BufferedImage written = new PDFRenderer(doc).renderImageWithDPI(0, 40, ImageType.RGB);
            assertThat(written.getWidth()).isEqualTo(preview.getWidth());
            assertThat(written.getHeight()).isEqualTo(preview.getHeight());
            long differing = 0;
            for (int y = 0; y < written.getHeight(); y++) {
                for (int x = 0; x < written.getWidth(); x++) {
                    if (written.getRGB(x, y) != preview.getRGB(x, y)) {
                        differing++;
                    }
                }
            }
            assertThat(differing).isLessThan(written.getWidth() * written.getHeight() / 200);
        }
    }
}
