package qc.trousse.report;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import qc.trousse.cocktail.print.Typesetter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A section's list set as a table. A row that does not fit goes on the next page under the section heading
 * again ("(suite)") and the column titles, so a long list still reads on its own page.
 */
final class ReportTables {
    private ReportTables() {
    }

    /** A section with its list, or the plain sentence saying it is empty. */
    static void section(ReportPages pages, String title, ReportTable table, String whenEmpty) throws IOException {
        if (table.rows().isEmpty()) {
            pages.heading(title, ReportPages.LEADING);
            pages.paragraph(whenEmpty, ReportPages.GREY, false);
            return;
        }
        pages.heading(title, ReportPages.LEADING + height(pages, table, table.rows().get(0)));
        header(pages, table);
        boolean shaded = false;
        for (List<String> row : table.rows()) {
            float h = height(pages, table, row);
            if (pages.need(h)) {
                pages.heading(pages.texts().tr("report.continued", title), ReportPages.LEADING + h);
                header(pages, table);
            }
            row(pages, table, row, shaded);
            shaded = !shaded;
        }
    }

    private static void header(ReportPages pages, ReportTable t) throws IOException {
        PDPageContentStream cs = pages.page();
        float x = ReportPages.MARGIN;
        float y = pages.y();
        cs.setNonStrokingColor(ReportPages.GREY);
        for (int i = 0; i < t.headers().size(); i++) {
            String title = t.headers().get(i).toUpperCase(pages.texts().lang().locale());
            pages.type().show(cs, title, x + 4, y - 8, 7.5f, true);
            x += t.shares()[i] * ReportPages.width();
        }
        pages.rule(y - 12, ReportPages.RULE, 0.6f);
        pages.down(15);
    }

    private static List<List<String>> cells(Typesetter type, ReportTable t, List<String> row) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            // An empty cell shows a dash, so a missing place reads as missing rather than forgotten.
            String cell = row.get(i) == null || row.get(i).isBlank() ? "—" : row.get(i);
            List<String> lines = new ArrayList<>();
            for (String part : cell.split("\n")) {
                lines.addAll(type.wrap(part, t.shares()[i] * ReportPages.width() - 8, ReportPages.BODY,
                        i == t.boldColumn()));
            }
            cells.add(lines);
        }
        return cells;
    }

    private static float height(ReportPages pages, ReportTable t, List<String> row) {
        int lines = cells(pages.type(), t, row).stream().mapToInt(c -> Math.max(1, c.size())).max().orElse(1);
        return lines * ReportPages.LEADING + 6;
    }

    private static void row(ReportPages pages, ReportTable t, List<String> row, boolean shaded) throws IOException {
        PDPageContentStream cs = pages.page();
        float h = height(pages, t, row);
        float y = pages.y();
        if (shaded) {
            cs.setNonStrokingColor(ReportPages.SHADE);
            cs.addRect(ReportPages.MARGIN, y - h, ReportPages.width(), h);
            cs.fill();
        }
        List<List<String>> cells = cells(pages.type(), t, row);
        float x = ReportPages.MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float line = y - 3 - ReportPages.BODY;
            cs.setNonStrokingColor(ReportPages.INK);
            for (String text : cells.get(i)) {
                pages.type().show(cs, text, x + 4, line, ReportPages.BODY, i == t.boldColumn());
                line -= ReportPages.LEADING;
            }
            x += t.shares()[i] * ReportPages.width();
        }
        pages.down(h);
    }
}
