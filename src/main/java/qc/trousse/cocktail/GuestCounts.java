package qc.trousse.cocktail;

import java.util.Collection;
import java.util.Map;

/**
 * The figures of the guest list, one definition each, so the cocktail screen, the door, the printed sheets and
 * the report never disagree. People are counted with whoever comes with a guest (party size).
 *
 * @param expected people coming: confirmed or already arrived, with their party
 * @param arrived  people present: checked in at the door or marked present by hand, walk-ins included
 * @param notAnswered guests (not people) who have not answered
 * @param walkIns  people who came without an invitation
 */
public record GuestCounts(int expected, int arrived, int notAnswered, int walkIns) {

    public static GuestCounts of(Collection<Guest> guests, Map<Long, Arrival> arrivals) {
        int expected = 0;
        int arrived = 0;
        int notAnswered = 0;
        int walkIns = 0;
        for (Guest g : guests) {
            Arrival a = arrivals.get(g.id());
            if (g.rsvp().coming() && (a == null || !a.walkIn())) {
                expected += g.partySize();
            }
            if (g.rsvp() == RsvpState.ATTENDED) {
                arrived += g.partySize();
                walkIns += a != null && a.walkIn() ? g.partySize() : 0;
            }
            if (g.rsvp() == RsvpState.INVITED) {
                notAnswered++;
            }
        }
        return new GuestCounts(expected, arrived, notAnswered, walkIns);
    }
}
