package qc.trousse.cocktail;

import qc.trousse.i18n.I18n;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The cocktail and its trip as calendar entries, with fixed ids so a new export updates the old one. The ids
 * carry the edition's year, so a later edition's cocktail never replaces an earlier one in a calendar.
 */
public final class CalendarEntries {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");

    private CalendarEntries() {
    }

    public static CalendarItem cocktail(CocktailEvent event, TravelPlan plan, String title) {
        List<String> lines = new ArrayList<>();
        if (!event.entrance().isEmpty()) {
            lines.add(I18n.tr("cocktail.ics.entrance", event.entrance()));
        }
        if (!event.bring().isEmpty()) {
            lines.add(I18n.tr("cocktail.ics.bring", event.bring()));
        }
        if (!event.attendingStaff().isEmpty()) {
            lines.add(I18n.tr("cocktail.ics.staff", String.join(", ", event.attendingStaff())));
        }
        lines.add(I18n.tr("cocktail.ics.trip", plan.departure().format(HOUR), event.departurePlace(),
                plan.returnArrival().format(HOUR)));
        return new CalendarItem(cocktailId(event), title, event.date().atTime(event.start()), event.date().atTime(event.end()),
                event.location(), String.join("\n", lines));
    }

    /** "cocktail-" and the edition's year: the id of the cocktail's entry. */
    public static String cocktailId(CocktailEvent event) {
        return "cocktail-" + event.date().getYear();
    }

    /** The road there and back, so the MNA's calendar shows the whole time away. */
    public static List<CalendarItem> trip(CocktailEvent event, TravelPlan plan) {
        return List.of(
                new CalendarItem(cocktailId(event) + "-trip-out", I18n.tr("cocktail.ics.tripOut"), plan.departure(),
                        plan.arrival(), event.departurePlace(), ""),
                new CalendarItem(cocktailId(event) + "-trip-back", I18n.tr("cocktail.ics.tripBack"), plan.returnLeave(),
                        plan.returnArrival(), event.shownAddress(), ""));
    }

    /** The cocktail alone, or with its trip and the rest of the week's plan. */
    public static List<CalendarItem> export(CocktailEvent event, TravelPlan plan, String title, boolean week,
                                            WeekCalendar rest) {
        List<CalendarItem> items = new ArrayList<>();
        items.add(cocktail(event, plan, title));
        if (week) {
            items.addAll(trip(event, plan));
            items.addAll(rest.items());
        }
        return items;
    }
}
