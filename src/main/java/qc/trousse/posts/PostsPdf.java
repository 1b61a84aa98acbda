package qc.trousse.posts;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.pdf.PdfMetadata;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The posts for the MNA to read and sign off: by day, each post with its network, time, state and length,
 * its full text, and a box to approve it; a signature line at the end. Fonts are embedded (DejaVu Sans).
 */
public final class PostsPdf {
    private static final float MARGIN = 54;
    private static final Color GREEN = new Color(0x1f, 0x7a, 0x3a);
    private final PDDocument doc = new PDDocument();
    private final PdfText regular;
    private final PdfText bold;
    private final PDType0Font regularFont;
    private final PDType0Font boldFont;
    private PDPageContentStream page;
    private float y;
    private OfficeNetworks networks = OfficeNetworks.DEFAULT;

    private PostsPdf() throws IOException {
        regularFont = PDType0Font.load(doc, PostsFonts.open(PostsFonts.REGULAR));
        boldFont = PDType0Font.load(doc, PostsFonts.open(PostsFonts.BOLD));
        regular = new PdfText(regularFont);
        bold = new PdfText(boldFont);
    }

    /** Writes the drafts (all, or one day's) under the title, with the office named; the MNA's office is its author. */
    public static void write(List<Draft> drafts, String title, String office, String mnaName, OutputStream out)
            throws IOException {
        write(drafts, title, office, mnaName, OfficeNetworks.DEFAULT, out);
    }

    /** The same, each post's length as its network counts it on its day, with the office's settings. */
    public static void write(List<Draft> drafts, String title, String office, String mnaName,
                             OfficeNetworks networks, OutputStream out)
            throws IOException {
        PostsPdf pdf = new PostsPdf();
        pdf.networks = networks;
        try (PDDocument doc = pdf.doc) {
            pdf.render(drafts, title, office);
            pdf.page.close();
            Lang lang = I18n.language();
            PdfMetadata.of(title, PdfMetadata.office(mnaName, lang), I18n.tr("pdf.posts.subject"),
                    lang).applyTo(doc);
            doc.save(out);
        }
    }

    private void render(List<Draft> drafts, String title, String office) throws IOException {
        newPage();
        text(bold, boldFont, title, 18, GREEN);
        text(regular, regularFont, office, 11, Color.DARK_GRAY);
        text(regular, regularFont, I18n.count("posts.pdf.intro", drafts.size()), 10, Color.DARK_GRAY);
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern(I18n.tr("date.day"), I18n.language().locale());
        LocalDate day = null;
        for (Draft d : drafts) {
            if (!d.day().equals(day)) {
                day = d.day();
                keepRoom(40 + height(d));
                space(14);
                text(bold, boldFont, capitalised(day.format(dayFormat)), 14, GREEN);
            }
            post(d);
        }
        space(28);
        text(regular, regularFont, I18n.tr("posts.pdf.signature"), 11, Color.BLACK);
    }

    private void post(Draft d) throws IOException {
        keepRoom(height(d));
        space(8);
        String head = d.time() + " · " + d.network().label() + " · " + I18n.tr(d.state().key());
        if ((d.state() == PostState.APPROVED || d.state() == PostState.PUBLISHED) && !d.approvedBy().isBlank()) {
            String at = d.approvedAt() == null ? "" : d.approvedAt().format(DateTimeFormatter.ofPattern(
                    I18n.tr("posts.approvedAt.format"), I18n.language().locale()));
            head += " · " + I18n.tr("posts.pdf.approvedBy", d.approvedBy(), at);
        }
        text(bold, boldFont, head, 10.5f, Color.BLACK);
        List<String> versions = d.versions();
        for (int i = 0; i < versions.size(); i++) {
            String text = versions.get(i);
            PostLength length = networks.measure(d.network(), text, d.day());
            String label = (d.bilingual() ? (i == 0 ? "FR · " : "EN · ") : "")
                    + I18n.tr("posts.pdf.counted", length.length(), length.limit(),
                    I18n.tr(length.rules().countsKey()), d.network().label());
            text(regular, regularFont, label, 8.5f, length.fits() ? Color.GRAY : Color.RED);
            text(regular, regularFont, text, 10.5f, Color.BLACK);
        }
        text(regular, regularFont, "\u2610 " + I18n.tr("posts.pdf.approveBox"), 10, Color.DARK_GRAY);
    }

    private void text(PdfText shaper, PDType0Font font, String text, float size, Color color) throws IOException {
        float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        for (String line : shaper.wrap(text, size, width)) {
            if (y - size * 1.35f < MARGIN) {
                page.close();
                newPage();
            }
            y -= size * 1.35f;
            page.beginText();
            page.setFont(font, size);
            page.setNonStrokingColor(color);
            page.newLineAtOffset(MARGIN, y);
            shaper.show(page, line);
            page.endText();
        }
    }

    /** A post is never split across two pages: the MNA reads and ticks it whole. */
    private float height(Draft d) throws IOException {
        float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        float h = 8 + 10.5f * 1.35f + 10 * 1.35f;
        for (String text : d.versions()) {
            h += 8.5f * 1.35f + regular.wrap(text, 10.5f, width).size() * 10.5f * 1.35f;
        }
        return h;
    }

    private void keepRoom(float needed) throws IOException {
        float usable = PDRectangle.LETTER.getHeight() - 2 * MARGIN;
        if (y - needed < MARGIN && needed < usable) {
            page.close();
            newPage();
        }
    }

    private void space(float points) {
        y -= points;
    }

    private void newPage() throws IOException {
        PDPage p = new PDPage(PDRectangle.LETTER);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        y = p.getMediaBox().getHeight() - MARGIN;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The file name a save dialog suggests. */
    public static String suggestedName(qc.trousse.campaign.Campaign campaign, Lang lang) {
        return "jps" + campaign.yearText() + (lang == Lang.EN ? "-posts.pdf" : "-publications.pdf");
    }
}
