package qc.trousse.cocktail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/** The MNA's commitments that overlap the whole trip, from leaving the riding to getting back. */
public final class Conflicts {
    private Conflicts() {
    }

    public static List<Busy> find(TravelPlan trip, DayAgenda agenda) {
        LocalDate first = trip.departure().toLocalDate();
        LocalDate last = trip.returnArrival().toLocalDate();
        return first.datesUntil(last.plusDays(1))
                .flatMap(day -> agenda.busy(day).stream()
                        .filter(b -> overlaps(day, b, trip)))
                .sorted(Comparator.comparing(Busy::start))
                .toList();
    }

    /** Half-open windows: a meeting that ends when the car leaves is no conflict. */
    public static boolean overlaps(LocalDate day, Busy busy, TravelPlan trip) {
        LocalDateTime start = day.atTime(busy.start());
        LocalDateTime end = busy.end().isBefore(busy.start()) ? day.plusDays(1).atTime(busy.end())
                : day.atTime(busy.end());
        return start.isBefore(trip.returnArrival()) && trip.departure().isBefore(end);
    }
}
