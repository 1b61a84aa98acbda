package qc.trousse.cocktail.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import qc.trousse.cocktail.Guest;
import qc.trousse.i18n.I18n;

import java.io.IOException;
import java.util.List;

/** The list for the door: a tick box, the name, organisation, party size and notes of each guest. */
final class DoorList {
    private static final float SIZE = 10;
    private static final float LINE = 13;

    private DoorList() {
    }

    static void write(PDDocument doc, Typesetter type, PrintData data, GuestSelection selection) throws IOException {
        List<Guest> guests = data.sorted(selection);
        String sub = Sheets.longDate(data.event().date()) + " — " + data.event().location();
        try (Sheets sheets = new Sheets(doc, type, I18n.tr("cocktail.print.doorTitle", data.title()), sub)) {
            sheets.page();
            float x0 = Sheets.MARGIN;
            float w = sheets.width();
            float[] cols = {x0 + 22, x0 + 22 + w * 0.36f, x0 + 22 + w * 0.68f, x0 + 22 + w * 0.75f};
            type.show(sheets.page(), I18n.tr("cocktail.print.doorCounts", I18n.tr(selection.key()),
                    I18n.count("cocktail.print.invitations", guests.size()),
                    I18n.count("cocktail.print.people", data.counts().expected())), x0, sheets.y(), SIZE, false);
            sheets.down(22);
            String[] headers = {"cocktail.guest.name", "cocktail.guest.organisation", "cocktail.print.party",
                    "cocktail.print.notes"};
            for (int i = 0; i < headers.length; i++) {
                type.show(sheets.page(), I18n.tr(headers[i]), cols[i], sheets.y(), SIZE, true);
            }
            sheets.down(8);
            for (Guest g : guests) {
                List<String> name = type.wrap(g.name(), cols[1] - cols[0] - 8, SIZE, true);
                List<String> org = type.wrap(join(g.organisation(), g.role()), cols[2] - cols[1] - 8, SIZE, false);
                List<String> notes = type.wrap(g.notes(), x0 + w - cols[3], SIZE, false);
                int lines = Math.max(1, Math.max(name.size(), Math.max(org.size(), notes.size())));
                float height = lines * LINE + 8;
                sheets.need(height);
                PDPageContentStream cs = sheets.page();
                cs.setStrokingColor(Sheets.GREY);
                cs.setLineWidth(0.5f);
                cs.moveTo(x0, sheets.y());
                cs.lineTo(x0 + w, sheets.y());
                cs.stroke();
                float base = sheets.y() - LINE;
                cs.setLineWidth(1);
                cs.addRect(x0 + 2, base - 2, 12, 12);
                cs.stroke();
                column(cs, type, name, cols[0], base, true);
                column(cs, type, org, cols[1], base, false);
                type.show(cs, String.valueOf(g.partySize()), cols[2] + 8, base, SIZE, false);
                column(cs, type, notes, cols[3], base, false);
                sheets.down(height);
            }
        }
    }

    private static void column(PDPageContentStream cs, Typesetter type, List<String> lines, float x, float y,
                               boolean heavy) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            type.show(cs, lines.get(i), x, y - i * LINE, SIZE, heavy);
        }
    }

    private static String join(String organisation, String role) {
        if (role.isEmpty()) {
            return organisation;
        }
        return organisation.isEmpty() ? role : organisation + " — " + role;
    }
}
