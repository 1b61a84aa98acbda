package qc.trousse.cocktail;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The trip, worked back from the cocktail's start: leave the riding early enough to arrive with the margin,
 * leave Québec a little after the end, get home after the same road time. Date-times, because a long road
 * can start the night before or end after midnight.
 */
public record TravelPlan(LocalDateTime departure, LocalDateTime arrival, LocalDateTime returnLeave,
                         LocalDateTime returnArrival, Duration travel, boolean defaultTravel) {
    /** Goodbyes and coats after the end, before the vehicles leave. */
    public static final Duration WRAP_UP = Duration.ofMinutes(15);

    public static TravelPlan of(CocktailEvent event, Duration regionDefault) {
        Duration travel = event.travel() == null ? regionDefault : event.travel();
        LocalDateTime start = event.date().atTime(event.start());
        LocalDateTime arrival = start.minus(event.margin());
        LocalDateTime departure = arrival.minus(travel);
        LocalDateTime leave = event.date().atTime(event.end()).plus(WRAP_UP);
        return new TravelPlan(departure, arrival, leave, leave.plus(travel), travel, event.travel() == null);
    }
}
