package qc.trousse.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import qc.trousse.cocktail.print.PdfColors;
import qc.trousse.cocktail.print.Typesetter;

import java.io.IOException;

/**
 * Letter portrait pages written top to bottom, with a running heading from the second page on; page
 * numbers ("page 2 de 3") are set once the page count is known.
 */
final class ReportPages implements AutoCloseable {
    static final float MARGIN = 54;
    static final float BODY = 9.5f;
    static final float LEADING = 12.5f;
    static final PDColor GREEN = PdfColors.GREEN;
    static final PDColor PALE_GREEN = PdfColors.rgb(0xe8f3ec);
    static final PDColor BLUE = PdfColors.rgb(0x2f6db5);
    static final PDColor INK = PdfColors.INK;
    static final PDColor GREY = PdfColors.rgb(0x666666);
    static final PDColor RULE = PdfColors.rgb(0xc8c8c8);
    static final PDColor SHADE = PdfColors.rgb(0xf4f4f4);
    static final PDColor WHITE = PdfColors.WHITE;
    private final PDDocument doc;
    private final Typesetter type;
    private final ReportTexts texts;
    private final String running;
    private PDPageContentStream cs;
    private float y;

    ReportPages(PDDocument doc, Typesetter type, ReportTexts texts, String running) {
        this.doc = doc;
        this.type = type;
        this.texts = texts;
        this.running = running;
    }


    Typesetter type() {
        return type;
    }

    ReportTexts texts() {
        return texts;
    }

    PDPageContentStream cs() throws IOException {
        if (cs == null) {
            newPage();
        }
        return cs;
    }

    float y() {
        return y;
    }

    void down(float by) {
        y -= by;
    }

    static float width() {
        return PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    }

    /** Makes room for a block of the given height, on a new page if need be; true when a page was started. */
    boolean need(float height) throws IOException {
        if (cs == null || y - height < MARGIN + 20) {
            newPage();
            return true;
        }
        return false;
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
        if (doc.getNumberOfPages() > 1) {
            cs.setNonStrokingColor(GREY);
            type.show(cs, running, MARGIN, y, 8.5f, false);
            rule(y - 5, GREEN, 1.2f);
            y -= 30;
        }
    }

    void rule(float at, PDColor colour, float thickness) throws IOException {
        cs.setNonStrokingColor(colour);
        cs.addRect(MARGIN, at, width(), thickness);
        cs.fill();
    }

    /** A section heading, kept with at least the start of what follows it. */
    void heading(String title, float keepWith) throws IOException {
        if (!need(34 + keepWith)) {
            y -= 12;
        }
        cs.setNonStrokingColor(GREEN);
        type.show(cs, title, MARGIN, y - 13, 13, true);
        rule(y - 19, GREEN, 0.8f);
        y -= 34;
    }

    /** Wrapped text in the body size. */
    void paragraph(String text, PDColor colour, boolean heavy) throws IOException {
        for (String line : type.wrap(text, width(), BODY, heavy)) {
            need(LEADING);
            cs.setNonStrokingColor(colour);
            type.show(cs, line, MARGIN, y - BODY, BODY, heavy);
            y -= LEADING;
        }
    }

    /** Closes the last page, then sets the footer and "page n de N" on every page. */
    void finish(String footer) throws IOException {
        close();
        cs = null;
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String number = texts.tr("report.page", i + 1, total);
                foot.setNonStrokingColor(GREY);
                type.show(foot, footer, MARGIN, MARGIN - 18, 8, false);
                type.show(foot, number, MARGIN + width() - type.width(number, 8, false), MARGIN - 18, 8, false);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
        }
    }
}
