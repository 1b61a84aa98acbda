package qc.trousse.cocktail;

import java.util.List;

/** The rest of the week's plan as calendar entries, for an export of the whole week. */
@FunctionalInterface
public interface WeekCalendar {
    /** No plan yet: the week export holds the cocktail and its trip only. */
    WeekCalendar NONE = List::of;

    List<CalendarItem> items();
}
