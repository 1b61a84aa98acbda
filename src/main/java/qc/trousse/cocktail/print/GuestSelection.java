package qc.trousse.cocktail.print;

import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.RsvpState;

import java.util.List;
import java.util.function.Predicate;

/** Which guests a printable lists: everyone still invited or coming, or only those who confirmed. */
public enum GuestSelection {
    ALL(g -> g.rsvp() != RsvpState.DECLINED),
    CONFIRMED(g -> g.rsvp().coming());

    private final Predicate<Guest> rule;

    GuestSelection(Predicate<Guest> rule) {
        this.rule = rule;
    }

    public List<Guest> of(List<Guest> guests) {
        return guests.stream().filter(rule).toList();
    }

    public String key() {
        return "cocktail.print.selection." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
