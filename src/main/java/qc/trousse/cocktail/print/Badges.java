package qc.trousse.cocktail.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestKind;

import java.io.IOException;
import java.util.List;

/**
 * Name badges, six to a Letter page (two columns of three 4 × 3 in inserts): a green band with the campaign,
 * the first name large, the rest of the name, the organisation. Long names shrink, then wrap.
 */
final class Badges {
    static final float W = 288;
    static final float H = 216;
    private static final int COLS = 2;
    private static final int ROWS = 3;
    private static final float BAND = 44;

    private Badges() {
    }

    static void write(PDDocument doc, Typesetter type, PrintData data, GuestSelection selection, String band)
            throws IOException {
        List<Guest> guests = data.sorted(selection);
        float left = (PDRectangle.LETTER.getWidth() - COLS * W) / 2;
        float top = PDRectangle.LETTER.getHeight() - (PDRectangle.LETTER.getHeight() - ROWS * H) / 2;
        for (int i = 0; i < guests.size(); i += COLS * ROWS) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int k = 0; k < COLS * ROWS && i + k < guests.size(); k++) {
                    float x = left + (k % COLS) * W;
                    float y = top - (k / COLS + 1) * H;
                    badge(cs, type, guests.get(i + k), x, y, band);
                }
            }
        }
    }

    /** "Marie-Ève Tremblay" → ["Marie-Ève", "Tremblay"]; an organisation or a one-word name stays whole. */
    static String[] split(Guest g) {
        String name = g.name();
        int space = name.indexOf(' ');
        if (g.kind() == GuestKind.ORGANISATION || space < 0) {
            return new String[]{name, ""};
        }
        return new String[]{name.substring(0, space), name.substring(space + 1)};
    }

    private static void badge(PDPageContentStream cs, Typesetter type, Guest g, float x, float y, String band)
            throws IOException {
        float inner = W - 32;
        float cx = x + W / 2;
        cs.setStrokingColor(Sheets.RULE);
        cs.setLineWidth(0.5f);
        cs.addRect(x, y, W, H);
        cs.stroke();
        cs.setNonStrokingColor(Sheets.GREEN);
        cs.addRect(x, y + H - BAND, W, BAND);
        cs.fill();
        cs.setNonStrokingColor(Sheets.WHITE);
        float bandSize = type.fit(band, inner, 12, 7, true);
        type.showCentred(cs, band, cx, y + H - BAND / 2 - bandSize / 3, bandSize, true);
        String[] parts = split(g);
        cs.setNonStrokingColor(Sheets.GREEN);
        // the first name, as large as fits: one line if it can, else two, never a word dropped
        Typesetter.Block first = type.block(parts[0], inner, 40, 12, parts[0].contains(" ") ? 2 : 1, true);
        Typesetter.Block rest = parts[1].isEmpty() ? new Typesetter.Block(0, List.of())
                : type.block(parts[1], inner, 18, 8, 2, false);
        float height = first.lines().size() * (first.size() + 2)
                + (rest.lines().isEmpty() ? 0 : 6 + rest.lines().size() * (rest.size() + 2));
        // centred in the white space between the band and the organisation line
        float top = y + H - BAND - 8;
        float bottom = y + 52;
        float baseline = top - Math.max(0, (top - bottom - height) / 2);
        for (String line : first.lines()) {
            baseline -= first.size();
            type.showCentred(cs, line, cx, baseline, first.size(), true);
            baseline -= 2;
        }
        cs.setNonStrokingColor(Sheets.INK);
        if (!rest.lines().isEmpty()) {
            baseline -= 6;
            for (String line : rest.lines()) {
                baseline -= rest.size();
                type.showCentred(cs, line, cx, baseline, rest.size(), false);
                baseline -= 2;
            }
        }
        String org = g.kind() == GuestKind.ORGANISATION ? g.role() : g.organisation();
        if (!org.isEmpty()) {
            cs.setNonStrokingColor(Sheets.GREY);
            Typesetter.Block block = type.block(org, inner, 13, 7, 2, false);
            float orgY = y + 22 + (block.lines().size() - 1) * (block.size() + 3);
            for (String line : block.lines()) {
                type.showCentred(cs, line, cx, orgY, block.size(), false);
                orgY -= block.size() + 3;
            }
        }
        cs.setNonStrokingColor(Sheets.GREEN);
        cs.addRect(x, y, W, 6);
        cs.fill();
    }
}
