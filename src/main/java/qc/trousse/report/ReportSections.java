package qc.trousse.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The report's four lists, each under its heading, each saying so plainly when it is empty. */
final class ReportSections {
    private ReportSections() {
    }

    static void all(ReportPages pages, WeekSummary s, ReportTexts t) throws IOException {
        ReportTables.section(pages, t.tr("report.section.gestures"), gestures(s, t),
                t.tr("report.empty.gestures"));
        ReportTables.section(pages, t.tr("report.section.posts"), posts(s, t), t.tr("report.empty.posts"));
        ReportTables.section(pages, t.tr("report.section.certificates"), certificates(s, t),
                t.tr("report.empty.certificates"));
        WeekSummary.Cocktail c = s.cocktail();
        ReportTables.section(pages, t.tr("report.section.cocktailCounts",
                t.count("report.cocktail.confirmedCount", c.confirmedCount()),
                t.count("report.cocktail.presentCount", c.presentCount())),
                cocktail(c, t), t.tr("report.empty.cocktail"));
    }

    static ReportTable gestures(WeekSummary s, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (WeekSummary.GestureDone g : s.gestures()) {
            rows.add(List.of(glued(t.shortDate(g.date())), glued(t.time(g.time())), g.title(), g.place(),
                    g.owner()));
        }
        return new ReportTable(List.of(t.tr("report.col.date"), t.tr("report.col.time"), t.tr("report.col.gesture"),
                t.tr("report.col.place"), t.tr("report.col.owner")), new float[]{0.15f, 0.11f, 0.29f, 0.27f, 0.18f},
                2, rows);
    }

    /** Day and time each hold together: "mer. 19 févr." never breaks after "mer.". */
    private static String glued(String text) {
        return text.replace(' ', '\u00a0');
    }

    static ReportTable posts(WeekSummary s, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (WeekSummary.PostPublished p : s.posts()) {
            String when = glued(t.shortDate(p.day())) + (p.time() == null ? "" : "\n" + glued(t.time(p.time())));
            rows.add(List.of(p.network(), when, p.text()));
        }
        return new ReportTable(List.of(t.tr("report.col.network"), t.tr("report.col.day"), t.tr("report.col.text")),
                new float[]{0.14f, 0.16f, 0.70f}, 0, rows);
    }

    static ReportTable certificates(WeekSummary s, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (WeekSummary.CertificateGiven c : s.certificates()) {
            rows.add(List.of(c.name(), c.reason(), t.date(c.date())));
        }
        return new ReportTable(List.of(t.tr("report.col.name"), t.tr("report.col.reason"), t.tr("report.col.date")),
                new float[]{0.36f, 0.46f, 0.18f}, 0, rows);
    }

    static ReportTable cocktail(WeekSummary.Cocktail c, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        c.present().forEach(g -> rows.add(List.of(g.name(), g.organisation(), t.tr("report.cocktail.present"))));
        c.confirmedNotMarked().forEach(g -> rows.add(List.of(g.name(), g.organisation(),
                t.tr("report.cocktail.confirmed"))));
        return new ReportTable(List.of(t.tr("report.col.guest"), t.tr("report.col.organisation"),
                t.tr("report.col.attendance")), new float[]{0.38f, 0.42f, 0.20f}, 0, rows);
    }
}
