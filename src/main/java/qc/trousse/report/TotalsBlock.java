package qc.trousse.report;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import qc.trousse.cocktail.print.Typesetter;

import java.io.IOException;
import java.util.List;

/** Five boxes across the page: a big number and what it counts. */
final class TotalsBlock {
    private static final float HEIGHT = 62;
    private static final float GAP = 8;

    private TotalsBlock() {
    }

    private record Box(int count, String key) {
    }

    static void draw(ReportPages pages, WeekSummary.Totals t, ReportTexts texts) throws IOException {
        pages.need(HEIGHT + 10);
        List<Box> boxes = List.of(new Box(t.gesturesDone(), "report.totals.gestures"),
                new Box(t.postsPublished(), "report.totals.posts"),
                new Box(t.certificatesGiven(), "report.totals.certificates"),
                new Box(t.guestsConfirmed(), "report.totals.confirmed"),
                new Box(t.guestsPresent(), "report.totals.present"));
        PDPageContentStream cs = pages.page();
        Typesetter type = pages.type();
        float w = (ReportPages.width() - GAP * (boxes.size() - 1)) / boxes.size();
        float top = pages.y();
        for (int i = 0; i < boxes.size(); i++) {
            float x = ReportPages.MARGIN + i * (w + GAP);
            cs.setNonStrokingColor(ReportPages.PALE_GREEN);
            cs.addRect(x, top - HEIGHT, w, HEIGHT);
            cs.fill();
            cs.setNonStrokingColor(ReportPages.GREEN);
            cs.addRect(x, top - HEIGHT, 3, HEIGHT);
            cs.fill();
            type.showCentred(cs, String.valueOf(boxes.get(i).count()), x + w / 2, top - 27, 22, true);
            cs.setNonStrokingColor(ReportPages.INK);
            float line = top - 41;
            for (String text : type.wrap(texts.count(boxes.get(i).key(), boxes.get(i).count()), w - 10, 8, false)) {
                type.showCentred(cs, text, x + w / 2, line, 8, false);
                line -= 10;
            }
        }
        pages.down(HEIGHT + 8);
    }
}
