package qc.trousse.cocktail.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import qc.trousse.cocktail.CocktailEvent;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.TravelPlan;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.i18n.I18n;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The day from leaving the riding to getting back: times, what happens, who does it; then who rides where. */
final class RunSheet {
    private static final float SIZE = 10.5f;
    private static final float LINE = 14;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");

    private RunSheet() {
    }

    record Step(LocalDateTime at, String what, String who) {
    }

    static List<Step> steps(PrintData data, GuestSelection selection) {
        CocktailEvent e = data.event();
        TravelPlan p = data.plan();
        String staff = String.join(", ", e.attendingStaff());
        String place = e.departurePlace().isEmpty() ? I18n.tr("cocktail.print.riding") : e.departurePlace();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(p.departure(), I18n.tr("cocktail.run.depart", place), staff));
        steps.add(new Step(p.arrival(), I18n.tr("cocktail.run.arriveAt",
                e.entrance().isEmpty() ? e.shownAddress() : e.entrance()), staff));
        steps.add(new Step(p.arrival().plusMinutes(15), I18n.tr("cocktail.run.welcome"), staff));
        steps.add(new Step(e.date().atTime(e.start()), I18n.tr("cocktail.run.start",
                e.room().isEmpty() ? e.shownAddress() : e.room()), data.mnaName()));
        List<String> honoured = selection.of(data.guests()).stream().filter(Guest::certificate).map(Guest::name)
                .toList();
        if (!honoured.isEmpty()) {
            // halfway through: guests have arrived, and some time is left to mingle afterwards
            LocalDateTime at = e.date().atTime(e.start()).plus(java.time.Duration.between(e.start(), e.end())
                    .dividedBy(2)).withSecond(0);
            steps.add(new Step(at, I18n.tr("cocktail.run.certificates", String.join(", ", honoured)),
                    data.mnaName()));
        }
        steps.add(new Step(e.date().atTime(e.end()), I18n.tr("cocktail.run.end"), staff));
        steps.add(new Step(p.returnLeave(), I18n.tr("cocktail.run.leave"), staff));
        steps.add(new Step(p.returnArrival(), I18n.tr("cocktail.run.back", place), staff));
        return steps;
    }

    static void write(PDDocument doc, Typesetter type, PrintData data, GuestSelection selection) throws IOException {
        String sub = Sheets.longDate(data.event().date()) + " — " + data.event().location();
        try (Sheets sheets = new Sheets(doc, type, I18n.tr("cocktail.print.runTitle", data.title()), sub)) {
            float x0 = Sheets.MARGIN;
            float w = sheets.width();
            float whatX = x0 + 70;
            float whoX = x0 + w * 0.62f;
            sheets.page();
            for (Step s : steps(data, selection)) {
                List<String> what = type.wrap(s.what(), whoX - whatX - 10, SIZE, false);
                List<String> who = type.wrap(s.who(), x0 + w - whoX, SIZE, false);
                float height = Math.max(what.size(), Math.max(1, who.size())) * LINE + 8;
                sheets.need(height);
                PDPageContentStream cs = sheets.page();
                float base = sheets.y() - LINE;
                type.show(cs, s.at().format(HOUR), x0, base, SIZE + 1, true);
                lines(cs, type, what, whatX, base);
                lines(cs, type, who, whoX, base);
                sheets.down(height);
            }
            sheets.down(10);
            vehicles(sheets, type, data, selection);
            if (!data.event().bring().isEmpty()) {
                List<String> bring = type.wrap(I18n.tr("cocktail.print.bring", data.event().bring()), w, SIZE, false);
                sheets.need(bring.size() * LINE + 10);
                lines(sheets.page(), type, bring, x0, sheets.y() - LINE);
                sheets.down(bring.size() * LINE + 10);
            }
        }
    }

    private static void vehicles(Sheets sheets, Typesetter type, PrintData data, GuestSelection selection)
            throws IOException {
        List<Guest> riders = selection.of(data.guests());
        for (Vehicle v : data.vehicles()) {
            List<String> names = new ArrayList<>(v.staff());
            riders.stream().filter(g -> g.vehicleId() == v.id())
                    .forEach(g -> names.add(g.partySize() > 1 ? g.name() + " (" + g.partySize() + ")" : g.name()));
            String head = I18n.tr("cocktail.print.vehicle", v.name(), I18n.tr(v.kind().key()),
                    v.occupied(data.guests()), I18n.count("cocktail.vehicle.seats", v.seats()));
            List<String> body = type.wrap(String.join(", ", names), sheets.width() - 16, SIZE, false);
            sheets.need((body.size() + 1) * LINE + 8);
            PDPageContentStream cs = sheets.page();
            type.show(cs, head, Sheets.MARGIN, sheets.y() - LINE, SIZE, true);
            lines(cs, type, body, Sheets.MARGIN + 16, sheets.y() - 2 * LINE);
            sheets.down((body.size() + 1) * LINE + 8);
        }
    }

    private static void lines(PDPageContentStream cs, Typesetter type, List<String> lines, float x, float y)
            throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            type.show(cs, lines.get(i), x, y - i * LINE, SIZE, false);
        }
    }
}
