package qc.trousse.ui.report;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import qc.trousse.i18n.Lang;
import qc.trousse.report.WeekReportPdf;
import qc.trousse.report.WeekSummary;
import qc.trousse.work.Progress;

import java.util.ArrayList;
import java.util.List;

/** The report's pages as images, made off the FX thread from the very PDF the export writes. */
final class PreviewPages {
    /** Sharp enough to read a name on a laptop screen at full width, light enough for a long report. */
    static final float DPI = 110;

    private PreviewPages() {
    }

    static List<Image> render(WeekSummary summary, Lang lang, Progress progress) throws Exception {
        byte[] pdf = WeekReportPdf.bytes(summary, lang);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int total = doc.getNumberOfPages();
            List<Image> pages = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                progress.throwIfCancelled();
                progress.update(i, total);
                pages.add(SwingFXUtils.toFXImage(renderer.renderImageWithDPI(i, DPI, ImageType.RGB), null));
            }
            progress.update(total, total);
            return pages;
        }
    }
}
