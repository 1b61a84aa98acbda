package qc.trousse.cocktail.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import qc.trousse.i18n.I18n;

import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

/**
 * Letter pages written top to bottom: a cursor that starts a new page (with the heading again) when a block
 * does not fit. Closing it closes the last page's content stream.
 */
final class Sheets implements AutoCloseable {
    static final float MARGIN = 54;
    /** The campaign's green. */
    static final PDColor GREEN = PdfColors.GREEN;
    static final PDColor GREY = PdfColors.rgb(0x555555);
    static final PDColor INK = PdfColors.INK;
    static final PDColor RULE = PdfColors.rgb(0xbbbbbb);
    static final PDColor WHITE = PdfColors.WHITE;
    static final PDColor BLACK = PdfColors.rgb(0x000000);
    private final PDDocument doc;
    private final Typesetter type;
    private final String heading;
    private final String subheading;
    private PDPageContentStream cs;
    private float y;

    Sheets(PDDocument doc, Typesetter type, String heading, String subheading) {
        this.doc = doc;
        this.type = type;
        this.heading = heading;
        this.subheading = subheading;
    }


    static String longDate(java.time.LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", I18n.language().locale()));
    }

    PDPageContentStream page() throws IOException {
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

    float width() {
        return PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    }

    /** Makes room for a block of the given height, on a new page if need be. */
    void need(float height) throws IOException {
        if (cs == null || y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
        cs.setNonStrokingColor(GREEN);
        cs.addRect(MARGIN, y - 4, width(), 4);
        cs.fill();
        y -= 26;
        String number = I18n.tr("cocktail.print.page", doc.getNumberOfPages());
        float numberWidth = type.width(number, 10, false);
        type.show(cs, heading, MARGIN, y, type.fit(heading, width() - numberWidth - 12, 16, 10, true), true);
        cs.setNonStrokingColor(GREY);
        type.show(cs, number, MARGIN + width() - numberWidth, y, 10, false);
        for (String line : type.wrap(subheading, width(), 10, false)) {
            y -= 14;
            type.show(cs, line, MARGIN, y, 10, false);
        }
        cs.setNonStrokingColor(BLACK);
        y -= 24;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
        }
    }
}
