package qc.trousse.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import qc.trousse.cocktail.print.Typesetter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Letter portrait pages written top to bottom. A list that does not fit goes on the next page under its
 * section heading again ("(suite)") and its column titles; page numbers ("page 2 de 3") are set once the
 * page count is known.
 */
final class ReportPages implements AutoCloseable {
    static final float MARGIN = 54;
    static final float BODY = 9.5f;
    static final float LEADING = 12.5f;
    static final PDColor GREEN = rgb(0x1f7a3a);
    static final PDColor PALE_GREEN = rgb(0xe8f3ec);
    static final PDColor BLUE = rgb(0x2f6db5);
    static final PDColor INK = rgb(0x222222);
    static final PDColor GREY = rgb(0x666666);
    static final PDColor RULE = rgb(0xc8c8c8);
    static final PDColor SHADE = rgb(0xf4f4f4);
    static final PDColor WHITE = rgb(0xffffff);
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

    static PDColor rgb(int hex) {
        return new PDColor(new float[]{(hex >> 16 & 0xff) / 255f, (hex >> 8 & 0xff) / 255f, (hex & 0xff) / 255f},
                PDDeviceRGB.INSTANCE);
    }

    Typesetter type() {
        return type;
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

    /** A section with its list, or the plain sentence saying it is empty. */
    void section(String title, ReportTable table, String whenEmpty) throws IOException {
        if (table.rows().isEmpty()) {
            heading(title, LEADING);
            paragraph(whenEmpty, GREY, false);
            return;
        }
        heading(title, LEADING + height(table, table.rows().get(0)));
        header(table);
        boolean shaded = false;
        for (List<String> row : table.rows()) {
            float h = height(table, row);
            if (need(h)) {
                heading(texts.tr("report.continued", title), LEADING + h);
                header(table);
            }
            row(table, row, shaded);
            shaded = !shaded;
        }
    }

    private void header(ReportTable t) throws IOException {
        float x = MARGIN;
        cs.setNonStrokingColor(GREY);
        for (int i = 0; i < t.headers().size(); i++) {
            type.show(cs, t.headers().get(i).toUpperCase(texts.lang().locale()), x + 4, y - 8, 7.5f, true);
            x += t.shares()[i] * width();
        }
        rule(y - 12, RULE, 0.6f);
        y -= 15;
    }

    private List<List<String>> cells(ReportTable t, List<String> row) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            List<String> lines = new ArrayList<>();
            // An empty cell shows a dash, so a missing place reads as missing rather than forgotten.
            String cell = row.get(i) == null || row.get(i).isBlank() ? "—" : row.get(i);
            for (String part : cell.split("\n")) {
                lines.addAll(type.wrap(part, t.shares()[i] * width() - 8, BODY, i == t.boldColumn()));
            }
            cells.add(lines);
        }
        return cells;
    }

    private float height(ReportTable t, List<String> row) {
        int lines = cells(t, row).stream().mapToInt(c -> Math.max(1, c.size())).max().orElse(1);
        return lines * LEADING + 6;
    }

    private void row(ReportTable t, List<String> row, boolean shaded) throws IOException {
        float h = height(t, row);
        if (shaded) {
            cs.setNonStrokingColor(SHADE);
            cs.addRect(MARGIN, y - h, width(), h);
            cs.fill();
        }
        List<List<String>> cells = cells(t, row);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float line = y - 3 - BODY;
            cs.setNonStrokingColor(INK);
            for (String text : cells.get(i)) {
                type.show(cs, text, x + 4, line, BODY, i == t.boldColumn());
                line -= LEADING;
            }
            x += t.shares()[i] * width();
        }
        y -= h;
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
