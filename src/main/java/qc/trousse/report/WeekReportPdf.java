package qc.trousse.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import qc.trousse.cocktail.print.Typesetter;
import qc.trousse.i18n.Lang;
import qc.trousse.pdf.PdfMetadata;
import qc.trousse.work.WholeFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The end-of-week report as a Letter PDF: the campaign and the office, the totals, the week's chart, then
 * the gestures, posts, certificates and cocktail. Fonts are embedded once per document, with a fallback for
 * syllabics so a name never loses a letter.
 */
public final class WeekReportPdf {
    private static final float BAND = 100;

    private WeekReportPdf() {
    }

    /** Writes the report whole (see {@link WholeFile}): a failure or a power cut leaves no half file. */
    public static void write(WeekSummary summary, Lang lang, Path target) throws IOException {
        WholeFile.write(target, bytes(summary, lang));
    }

    public static byte[] bytes(WeekSummary summary, Lang lang) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            ReportTexts texts = new ReportTexts(lang);
            try (ReportPages pages = new ReportPages(doc, new Typesetter(doc), texts, running(summary, texts))) {
                firstPage(pages, summary, texts);
                TotalsBlock.draw(pages, summary.totals(), texts);
                pages.heading(texts.tr("report.chart.title"), WeekChart.HEIGHT);
                WeekChart.draw(pages, summary, texts);
                ReportSections.all(pages, summary, texts);
                pages.finish(summary.heading().edition() + " · " + summary.heading().hashtag());
            }
            PdfMetadata.of(texts.tr("report.title") + " — " + summary.heading().edition(),
                    PdfMetadata.office(summary.office().mnaName(), lang), texts.tr("pdf.report.subject"), lang)
                    .archival().applyTo(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String running(WeekSummary s, ReportTexts texts) {
        return texts.tr("report.title") + " — " + office(s, texts);
    }

    static String office(WeekSummary s, ReportTexts texts) {
        WeekSummary.Office o = s.office();
        if (o.mnaName().isBlank()) {
            return texts.tr("report.noOffice");
        }
        String who = o.riding().isBlank() ? o.mnaName() + ", " + o.mnaTitle()
                : texts.tr("report.office", o.mnaName(), o.mnaTitle(), texts.ofRiding(o.riding()));
        return o.region().isBlank() ? who : who + " · " + o.region();
    }

    /** The green band with the campaign, then the title and the week. */
    private static void firstPage(ReportPages pages, WeekSummary s, ReportTexts texts) throws IOException {
        PDPageContentStream cs = pages.page();
        Typesetter type = pages.type();
        float top = PDRectangle.LETTER.getHeight();
        float left = ReportPages.MARGIN;
        float right = left + ReportPages.width();
        cs.setNonStrokingColor(ReportPages.GREEN);
        cs.addRect(0, top - BAND, PDRectangle.LETTER.getWidth(), BAND);
        cs.fill();
        cs.setNonStrokingColor(ReportPages.WHITE);
        float tagWidth = type.width(s.heading().hashtag(), 14, true);
        type.show(cs, s.heading().hashtag(), right - tagWidth, top - 42, 14, true);
        String edition = s.heading().edition();
        type.show(cs, edition, left, top - 42, type.fit(edition, ReportPages.width() - tagWidth - 16, 18, 11, true),
                true);
        type.show(cs, s.heading().slogan(), left, top - 62, 11, false);
        String office = office(s, texts);
        type.show(cs, office, left, top - 84, type.fit(office, ReportPages.width(), 10, 7, false), false);
        pages.down(pages.y() - (top - BAND) + 34);
        cs.setNonStrokingColor(ReportPages.INK);
        type.show(cs, texts.tr("report.title"), left, pages.y(), 22, true);
        List<java.time.LocalDate> days = s.days();
        if (!days.isEmpty()) {
            String week = texts.tr("report.week", texts.day(days.get(0)), texts.day(days.get(days.size() - 1)),
                    days.get(0).getYear());
            cs.setNonStrokingColor(ReportPages.GREY);
            type.show(cs, week, left, pages.y() - 18, 10.5f, false);
        }
        pages.down(40);
    }
}
