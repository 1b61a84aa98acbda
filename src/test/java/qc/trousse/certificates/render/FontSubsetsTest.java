package qc.trousse.certificates.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.pdf.PdfChecks;
import qc.trousse.work.Progress;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file of a batch gets copies of the fonts an earlier file of the same worker subset, instead of subsetting
 * again: the copies are the very subsets PDFBox makes for it, and the file is as valid.
 */
class FontSubsetsTest {
    private final CertificateRenderer renderer = new CertificateRenderer(CertificateDesign.builtIn());
    @TempDir
    Path dir;

    @Test
    void everyFileAfterTheFirstCopiesTheBatchsSubsetsAndStaysPdfA() throws Exception {
        Path pdf = batchOfThree(FontSubsets.WHOLE_BATCH_GLYPHS, true);
        PdfChecks.assertPdfA2b(pdf);
        PdfChecks.assertQpdfClean(pdf);
    }

    @Test
    void aBatchTooWideForOneSubsetCopiesOnlyBetweenFilesOfTheSameCharacters() throws Exception {
        Path pdf = batchOfThree(0, false);
        PdfChecks.assertPdfA2b(pdf);
    }

    /**
     * Three files by one worker (the third of another name) against the same files each subset afresh by PDFBox:
     * the same fonts byte for byte, the same pixels. Returns the third file, its fonts copied.
     */
    private Path batchOfThree(int wholeBatchGlyphs, boolean wholeBatch) throws Exception {
        CertificateFields first = Samples.fields("Léa Roy", "Pour son engagement");
        CertificateFields same = Samples.fields("Roy Léa", "Pour son engagement"); // the same characters
        CertificateFields other = Samples.fields("Zoé Kawennáhere", "Pour son engagement"); // another name
        BatchFonts fonts = new BatchFonts(List.of(first, same, other), CertificateDesign.builtIn());
        List<byte[]> copied = new ArrayList<>();
        int all;
        try (BatchResources worker = new BatchResources(fonts, wholeBatchGlyphs)) {
            save(worker, first);
            assertThat(worker.subsets().copied()).isZero();
            copied.add(save(worker, same));
            all = worker.subsets().copied();
            assertThat(all).as("fonts copied, not subset again").isGreaterThanOrEqualTo(4);
            copied.add(save(worker, other));
            assertThat(worker.subsets().copied() - all).as("fonts copied for another name")
                    .isEqualTo(wholeBatch ? all : all - 1); // else the name's font is subset for its characters
        }
        List<byte[]> afresh = new ArrayList<>();
        for (CertificateFields f : List.of(same, other)) {
            try (BatchResources fresh = new BatchResources(fonts, wholeBatchGlyphs)) {
                afresh.add(save(fresh, f));
                assertThat(fresh.subsets().copied()).isZero();
            }
        }
        for (int i = 0; i < 2; i++) {
            try (PDDocument a = Loader.loadPDF(copied.get(i)); PDDocument b = Loader.loadPDF(afresh.get(i))) {
                assertThat(fonts(a)).isEqualTo(fonts(b)).hasSize(all);
                assertThat(pixels(a)).isEqualTo(pixels(b));
            }
        }
        Path pdf = dir.resolve("Zoé Kawennáhere.pdf");
        Files.write(pdf, copied.get(1));
        return pdf;
    }

    private byte[] save(BatchResources worker, CertificateFields f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = renderer.document(List.of(f), Paper.LETTER, Progress.NONE, new ArrayList<>(), worker)) {
            worker.subsets().save(doc, out);
        }
        return out.toByteArray();
    }

    /** Each embedded font by name: its font program, text map, widths and character set, as written. */
    private static Map<String, String> fonts(PDDocument doc) throws Exception {
        Map<String, String> found = new TreeMap<>();
        PDResources res = doc.getPage(0).getResources();
        for (COSName name : res.getFontNames()) {
            PDType0Font font = (PDType0Font) res.getFont(name);
            PDCIDFont cid = font.getDescendantFont();
            found.put(font.getName(), java.util.Arrays.toString(font.getFontDescriptor().getFontFile2().toByteArray())
                    + bytes(font.getCOSObject().getCOSStream(COSName.TO_UNICODE))
                    + cid.getCOSObject().getDictionaryObject(COSName.W)
                    + bytes(cid.getCOSObject().getCOSStream(COSName.CID_TO_GID_MAP))
                    + bytes(font.getFontDescriptor().getCOSObject().getCOSStream(COSName.CID_SET)));
        }
        return found;
    }

    private static String bytes(org.apache.pdfbox.cos.COSStream stream) throws Exception {
        try (var in = stream.createInputStream()) {
            return java.util.Arrays.toString(in.readAllBytes());
        }
    }

    private static int[] pixels(PDDocument doc) throws Exception {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 36, ImageType.RGB);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
