package qc.trousse.session;

import qc.trousse.cocktail.Busy;
import qc.trousse.cocktail.CalendarItem;
import qc.trousse.cocktail.CocktailService;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;

/**
 * Shows the cocktail the rest of the week's plan: the day's other gestures are its possible conflicts, and the
 * week's gestures go into the week's calendar file. The cocktail gesture itself is the event, not a conflict.
 */
final class PlanForCocktail {
    private PlanForCocktail() {
    }

    static void connect(GestureService gestures, CocktailService cocktail) {
        cocktail.setAgenda(day -> gestures.on(day).stream()
                .filter(g -> !g.isCocktail())
                .map(g -> new Busy(gestures.title(g), g.start(), g.end(), g.owner()))
                .toList());
        cocktail.setWeek(() -> gestures.all().stream()
                .filter(g -> !g.isCocktail() && g.state() != GestureState.CANCELLED)
                .map(g -> item(gestures, g))
                .toList());
        gestures.addListener(cocktail::agendaChanged);
    }

    private static CalendarItem item(GestureService gestures, PlannedGesture g) {
        return new CalendarItem("gesture-" + g.id(), gestures.title(g), g.day().atTime(g.start()),
                g.day().atTime(g.end()), g.place(), g.owner());
    }
}
