package qc.trousse.report;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import qc.trousse.cocktail.print.Typesetter;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** The week as a bar chart drawn in vector: gestures done and posts published, side by side, per day. */
final class WeekChart {
    static final float HEIGHT = 170;
    private static final float AXIS = 22;
    private static final float LABELS = 18;
    private static final float LEGEND = 20;

    private WeekChart() {
    }

    static void draw(ReportPages pages, WeekSummary s, ReportTexts texts) throws IOException {
        pages.need(HEIGHT);
        PDPageContentStream cs = pages.page();
        Typesetter type = pages.type();
        float top = pages.y();
        float left = ReportPages.MARGIN + AXIS;
        float width = ReportPages.width() - AXIS;
        float bottom = top - HEIGHT + LABELS;
        float plot = HEIGHT - LABELS - LEGEND;
        legend(cs, type, texts, top);
        List<LocalDate> days = s.days();
        long most = days.stream().mapToLong(d -> Math.max(s.gesturesOn(d), s.postsOn(d))).max().orElse(0);
        // Some headroom above the tallest bar, for its number and the legend.
        int step = (int) Math.max(1, Math.ceil(most * 1.2 / 4));
        int scale = (int) Math.max(step, Math.ceil(most * 1.2 / step) * step);
        for (int v = 0; v <= scale; v += step) {
            float at = bottom + plot * v / scale;
            cs.setNonStrokingColor(v == 0 ? ReportPages.GREY : ReportPages.RULE);
            cs.addRect(left, at, width, v == 0 ? 0.8f : 0.4f);
            cs.fill();
            String label = Integer.toString(v);
            type.show(cs, label, left - 6 - type.width(label, 7.5f, false), at - 2.5f, 7.5f, false);
        }
        float group = width / Math.max(1, days.size());
        float bar = Math.min(group * 0.28f, 30);
        for (int i = 0; i < days.size(); i++) {
            float centre = left + group * i + group / 2;
            LocalDate day = days.get(i);
            bar(cs, type, centre - bar - 2, bottom, bar, plot, s.gesturesOn(day), scale, ReportPages.GREEN);
            bar(cs, type, centre + 2, bottom, bar, plot, s.postsOn(day), scale, ReportPages.BLUE);
            cs.setNonStrokingColor(ReportPages.INK);
            type.showCentred(cs, texts.shortDay(day), centre, bottom - 12, 8.5f, false);
        }
        pages.down(HEIGHT);
    }

    private static void bar(PDPageContentStream cs, Typesetter type, float x, float bottom, float w, float plot,
                            long value, int scale, PDColor colour) throws IOException {
        if (value == 0) {
            return;
        }
        float h = plot * value / scale;
        cs.setNonStrokingColor(colour);
        cs.addRect(x, bottom, w, h);
        cs.fill();
        type.showCentred(cs, Long.toString(value), x + w / 2, bottom + h + 3, 7.5f, true);
    }

    private static void legend(PDPageContentStream cs, Typesetter type, ReportTexts texts, float top)
            throws IOException {
        String gestures = texts.tr("report.chart.gestures");
        String posts = texts.tr("report.chart.posts");
        float right = ReportPages.MARGIN + ReportPages.width();
        float postsX = right - type.width(posts, 8.5f, false);
        float gesturesX = postsX - 26 - type.width(gestures, 8.5f, false);
        swatch(cs, type, gestures, gesturesX, top - 10, ReportPages.GREEN);
        swatch(cs, type, posts, postsX, top - 10, ReportPages.BLUE);
    }

    private static void swatch(PDPageContentStream cs, Typesetter type, String label, float x, float y,
                               PDColor colour) throws IOException {
        cs.setNonStrokingColor(colour);
        cs.addRect(x - 13, y - 1, 9, 9);
        cs.fill();
        cs.setNonStrokingColor(ReportPages.INK);
        type.show(cs, label, x, y, 8.5f, false);
    }
}
