package qc.trousse.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The edition's week moved from one Monday to another: what was dated in the old week (Monday to Sunday) goes to
 * the same weekday of the new one, so a gesture planned on the Tuesday is still on the Tuesday. Anything dated
 * outside the old week (a checklist step weeks before, a certificate of another day) keeps its date.
 */
public record WeekShift(LocalDate fromMonday, LocalDate toMonday) {
    /** Whether the day is in the week left behind. */
    public boolean moves(LocalDate day) {
        return day != null && !day.isBefore(fromMonday) && day.isBefore(fromMonday.plusDays(7));
    }

    /** The same weekday in the new week; any other day as it is. */
    public LocalDate apply(LocalDate day) {
        return moves(day) ? day.plusDays(ChronoUnit.DAYS.between(fromMonday, toMonday)) : day;
    }

    public boolean isNone() {
        return fromMonday.equals(toMonday);
    }
}
