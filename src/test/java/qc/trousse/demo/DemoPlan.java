package qc.trousse.demo;

import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.GestureTemplates;
import qc.trousse.gestures.PlannedGesture;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The week plan as it stands on Wednesday morning: the ribbon (Monday) and the cocktail (Tuesday) are done,
 * the thanks, the encouragement, a visit of the office's own and the certificates are under way; one step
 * (the encouragement's draft, due Tuesday) is late, so the dashboard has something to say.
 */
final class DemoPlan {
    static final LocalDate MONDAY = LocalDate.of(2020, 2, 17);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final String CUSTOM_TITLE = "Visite de la maison des jeunes du quartier";

    private DemoPlan() {
    }

    static void fill(GestureService gestures) {
        PlannedGesture ribbon = plan(gestures, GestureTemplates.RIBBON, MONDAY, "8:30", "17:00",
                "Bureau de circonscription et école primaire du Rocher", DemoWeek.NOEMIE);
        tickAll(gestures, ribbon);
        done(gestures, ribbon);

        PlannedGesture cocktail = plan(gestures, GestureTemplates.COCKTAIL, MONDAY.plusDays(1), "17:00", "19:00",
                null, DemoWeek.JULIEN);
        gestures.reassign(cocktail.id(), 1, DemoWeek.SOPHIE);
        tickAll(gestures, cocktail);
        done(gestures, cocktail);

        PlannedGesture thanks = plan(gestures, GestureTemplates.THANKS, WEDNESDAY, "12:00", "12:30",
                "Réseaux sociaux du bureau", DemoWeek.SOPHIE);
        tick(gestures, thanks, 0, 1, 2, 3);

        PlannedGesture encouragement = plan(gestures, GestureTemplates.ENCOURAGEMENT, MONDAY.plusDays(3), "7:30",
                "8:00", "Réseaux sociaux et écoles de la circonscription", DemoWeek.SOPHIE);
        tick(gestures, encouragement, 0);

        PlannedGesture certificate = plan(gestures, GestureTemplates.CERTIFICATE, MONDAY.plusDays(4), "10:00",
                "11:30", "Salle multifonctionnelle de l'école secondaire des Berges", DemoWeek.JULIEN);
        gestures.reassign(certificate.id(), 2, DemoWeek.NOEMIE);
        tick(gestures, certificate, 0, 1, 2);
        gestures.addItem(certificate.id(), "Réserver le photographe bénévole", -4, DemoWeek.NOEMIE);
        gestures.tick(certificate.id(), certificate.checklist().size(), true);

        PlannedGesture visit = gestures.addCustom(CUSTOM_TITLE, "ambassador",
                "Rencontrer les jeunes et les intervenants, souligner l'aide aux devoirs du jeudi soir.");
        place(gestures, visit, MONDAY.plusDays(3), "15:30", "17:00", "Maison des jeunes, 45, rue de l'Évêché Ouest",
                DemoWeek.NOEMIE);
        gestures.addItem(visit.id(), "Confirmer l'heure avec la coordonnatrice", -2, DemoWeek.NOEMIE);
        gestures.addItem(visit.id(), "Apporter des rubans verts et blancs", 0, DemoWeek.NOEMIE);
        gestures.tick(visit.id(), 0, true);

        gestures.trainingDay().simulate(WEDNESDAY);
    }

    private static PlannedGesture plan(GestureService gestures, String key, LocalDate day, String start, String end,
                                       String place, String owner) {
        PlannedGesture g = gestures.choose(key);
        return place(gestures, g, day, start, end, place, owner);
    }

    private static PlannedGesture place(GestureService gestures, PlannedGesture g, LocalDate day, String start,
                                        String end, String place, String owner) {
        gestures.move(g.id(), day);
        gestures.setTimes(g.id(), LocalTime.parse(pad(start)), LocalTime.parse(pad(end)));
        if (place != null) {
            gestures.setPlace(g.id(), place);
        }
        gestures.setOwner(g.id(), owner);
        gestures.setState(g.id(), GestureState.PLANNED);
        return gestures.find(g.id()).orElseThrow();
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private static void tick(GestureService gestures, PlannedGesture g, int... items) {
        for (int i : items) {
            gestures.tick(g.id(), i, true);
        }
    }

    private static void tickAll(GestureService gestures, PlannedGesture g) {
        for (int i = 0; i < g.checklist().size(); i++) {
            gestures.tick(g.id(), i, true);
        }
    }

    private static void done(GestureService gestures, PlannedGesture g) {
        gestures.setState(g.id(), GestureState.DONE);
    }
}
