package qc.trousse.gestures;

import java.time.LocalDateTime;

/** A planned gesture that falls inside the cocktail trip, from leaving the riding to getting back. */
public record CocktailClash(long gestureId, LocalDateTime departure, LocalDateTime back) {
}
