package qc.trousse.session;

import qc.trousse.cocktail.Busy;
import qc.trousse.cocktail.CalendarItem;
import qc.trousse.cocktail.CocktailService;
import qc.trousse.cocktail.Conflicts;
import qc.trousse.cocktail.TravelPlan;
import qc.trousse.gestures.CocktailClash;
import qc.trousse.gestures.CocktailClashes;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;

import java.util.List;

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

    /**
     * The board's view of the same conflicts: the gestures inside the trip, while the office plans to go (the
     * cocktail gesture is in the plan and not cancelled). The cocktail's changes are the board's to redraw.
     */
    static CocktailClashes clashes(GestureService gestures, CocktailService cocktail) {
        return new CocktailClashes() {
            @Override
            public List<CocktailClash> find() {
                if (gestures.all().stream().noneMatch(g -> g.isCocktail() && g.state().active())) {
                    return List.of();
                }
                TravelPlan trip = cocktail.plan();
                return gestures.all().stream()
                        .filter(g -> !g.isCocktail() && g.state().active())
                        .filter(g -> Conflicts.overlaps(g.day(), new Busy(gestures.title(g), g.start(), g.end(),
                                g.owner()), trip))
                        .map(g -> new CocktailClash(g.id(), trip.departure(), trip.returnArrival()))
                        .toList();
            }

            @Override
            public void addListener(Runnable listener) {
                cocktail.addListener(listener);
            }

            @Override
            public void removeListener(Runnable listener) {
                cocktail.removeListener(listener);
            }
        };
    }

    private static CalendarItem item(GestureService gestures, PlannedGesture g) {
        return new CalendarItem("gesture-" + g.id(), gestures.title(g), g.day().atTime(g.start()),
                g.day().atTime(g.end()), g.place(), g.owner());
    }
}
