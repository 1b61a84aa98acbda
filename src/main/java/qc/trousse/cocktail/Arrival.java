package qc.trousse.cocktail;

import java.time.Instant;

/**
 * A guest seen at the door: when, whether they came without an invitation (a walk-in), and the answer they
 * had before, so taking a check-in back restores it exactly.
 */
public record Arrival(long guestId, Instant at, boolean walkIn, RsvpState answerBefore) {
}
