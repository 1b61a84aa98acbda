package qc.trousse.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The report's four lists, each under its heading, each saying so plainly when it is empty. */
final class ReportSections {
    private ReportSections() {
    }

    static void all(ReportPages pages, WeekSummary s, ReportTexts t) throws IOException {
        pages.section(t.tr("report.section.gestures"), gestures(s, t), t.tr("report.empty.gestures"));
        pages.section(t.tr("report.section.posts"), posts(s, t), t.tr("report.empty.posts"));
        pages.section(t.tr("report.section.certificates"), certificates(s, t), t.tr("report.empty.certificates"));
        WeekSummary.Cocktail c = s.cocktail();
        pages.section(t.tr("report.section.cocktail", c.confirmedCount(), c.presentCount()), cocktail(c, t),
                t.tr("report.empty.cocktail"));
    }

    static ReportTable gestures(WeekSummary s, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (WeekSummary.GestureDone g : s.gestures()) {
            String when = g.time() == null ? t.shortDate(g.date()) : t.shortDate(g.date()) + " · " + t.time(g.time());
            rows.add(List.of(when, g.title(), g.place(), g.owner()));
        }
        return new ReportTable(List.of(t.tr("report.col.date"), t.tr("report.col.gesture"),
                t.tr("report.col.place"), t.tr("report.col.owner")), new float[]{0.21f, 0.32f, 0.29f, 0.18f}, 1,
                rows);
    }

    static ReportTable posts(WeekSummary s, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (WeekSummary.PostPublished p : s.posts()) {
            String when = p.time() == null ? t.shortDate(p.day()) : t.shortDate(p.day()) + "\n" + t.time(p.time());
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
