package qc.trousse.cocktail.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import qc.trousse.i18n.I18n;

import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

/**
 * Letter pages written top to bottom: a cursor that starts a new page (with the heading again) when a block
 * does not fit. Closing it closes the last page's content stream.
 */
final class Sheets extends PageCursor {
    /** The campaign's green. */
    static final PDColor GREEN = PdfColors.GREEN;
    static final PDColor GREY = PdfColors.rgb(0x555555);
    static final PDColor INK = PdfColors.INK;
    static final PDColor RULE = PdfColors.rgb(0xbbbbbb);
    static final PDColor WHITE = PdfColors.WHITE;
    static final PDColor BLACK = PdfColors.rgb(0x000000);
    private final Typesetter type;
    private final String heading;
    private final String subheading;

    Sheets(PDDocument doc, Typesetter type, String heading, String subheading) {
        super(doc, MARGIN);
        this.type = type;
        this.heading = heading;
        this.subheading = subheading;
    }

    static String longDate(java.time.LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", I18n.language().locale()));
    }

    /** The campaign's band, the heading with the page's number, and the subheading under it. */
    @Override
    protected void started(PDPageContentStream cs, int number) throws IOException {
        cs.setNonStrokingColor(GREEN);
        cs.addRect(MARGIN, y() - 4, width(), 4);
        cs.fill();
        down(26);
        String page = I18n.tr("cocktail.print.page", number);
        float numberWidth = type.width(page, 10, false);
        type.show(cs, heading, MARGIN, y(), type.fit(heading, width() - numberWidth - 12, 16, 10, true), true);
        cs.setNonStrokingColor(GREY);
        type.show(cs, page, MARGIN + width() - numberWidth, y(), 10, false);
        for (String line : type.wrap(subheading, width(), 10, false)) {
            down(14);
            type.show(cs, line, MARGIN, y(), 10, false);
        }
        cs.setNonStrokingColor(BLACK);
        down(24);
    }
}
