package qc.trousse.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.Lang;

import javax.imageio.ImageIO;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streams shared as their encoded bytes make real PDFs: an image copied from a copy into several documents, and
 * the metadata's packet and sRGB profile, read back the same, and the files pass qpdf and veraPDF.
 */
class EncodedCopiesTest {
    @Test
    void copiesOfACopyShareTheBytesAndMakeValidArchivalFiles(@TempDir Path dir) throws Exception {
        BufferedImage picture = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 4, 0x3366cc);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        COSStream template;
        try (PDDocument source = new PDDocument()) {
            template = EncodedCopies.copy(
                    PDImageXObject.createFromByteArray(source, png.toByteArray(), "image").getCOSObject());
        } // the template outlives its document: its bytes are its own
        for (int i = 0; i < 3; i++) {
            Path file = dir.resolve("copy" + i + ".pdf");
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage();
                doc.addPage(page);
                PDImageXObject image = new PDImageXObject(new PDStream(EncodedCopies.copy(template)), null);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 10, 10, 80, 40);
                }
                PdfMetadata.of("Copie " + i, "Bureau", "Essai", Lang.FR).archival().applyTo(doc);
                doc.save(file.toFile());
            }
            try (PDDocument read = Loader.loadPDF(file.toFile())) {
                PDImageXObject image = (PDImageXObject) read.getPage(0).getResources()
                        .getXObject(read.getPage(0).getResources().getXObjectNames().iterator().next());
                assertThat(image.getImage().getRGB(3, 4) & 0xffffff).isEqualTo(0x3366cc);
                try (InputStream icc = read.getDocumentCatalog().getOutputIntents().get(0)
                        .getDestOutputIntent().createInputStream()) {
                    assertThat(icc.readAllBytes()).isEqualTo(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                }
            }
            PdfChecks.assertMetadata(file, Lang.FR);
            PdfChecks.assertQpdfClean(file);
            PdfChecks.assertPdfA2b(file);
        }
    }
}
