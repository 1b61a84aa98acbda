package qc.trousse.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import qc.trousse.cocktail.print.PageCursor;
import qc.trousse.cocktail.print.PdfColors;
import qc.trousse.cocktail.print.Typesetter;

import java.io.IOException;

/**
 * Letter portrait pages written top to bottom, with a running heading from the second page on; page
 * numbers ("page 2 de 3") are set once the page count is known.
 */
final class ReportPages extends PageCursor {
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
    private final Typesetter type;
    private final ReportTexts texts;
    private final String running;

    ReportPages(PDDocument doc, Typesetter type, ReportTexts texts, String running) {
        // Room kept at the bottom for the footer and the page number set at the end.
        super(doc, MARGIN + 20);
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

    /** The running heading, from the second page on. */
    @Override
    protected void started(PDPageContentStream cs, int number) throws IOException {
        if (number > 1) {
            cs.setNonStrokingColor(GREY);
            type.show(cs, running, MARGIN, y(), 8.5f, false);
            rule(y() - 5, GREEN, 1.2f);
            down(30);
        }
    }

    void rule(float at, PDColor colour, float thickness) throws IOException {
        PDPageContentStream cs = page();
        cs.setNonStrokingColor(colour);
        cs.addRect(MARGIN, at, width(), thickness);
        cs.fill();
    }

    /** A section heading, kept with at least the start of what follows it. */
    void heading(String title, float keepWith) throws IOException {
        if (!need(34 + keepWith)) {
            down(12);
        }
        PDPageContentStream cs = page();
        cs.setNonStrokingColor(GREEN);
        type.show(cs, title, MARGIN, y() - 13, 13, true);
        rule(y() - 19, GREEN, 0.8f);
        down(34);
    }

    /** Wrapped text in the body size. */
    void paragraph(String text, PDColor colour, boolean heavy) throws IOException {
        for (String line : type.wrap(text, width(), BODY, heavy)) {
            need(LEADING);
            PDPageContentStream cs = page();
            cs.setNonStrokingColor(colour);
            type.show(cs, line, MARGIN, y() - BODY, BODY, heavy);
            down(LEADING);
        }
    }

    /** Closes the last page, then sets the footer and "page n de N" on every page. */
    void finish(String footer) throws IOException {
        close();
        PDDocument doc = document();
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
}
