package qc.trousse.cocktail;

/** Where a guest stands: invited and not yet answered, confirmed, declined, or present on the night. */
public enum RsvpState {
    INVITED, CONFIRMED, DECLINED, ATTENDED;

    /** The message key of its name ("cocktail.rsvp.confirmed"). */
    public String key() {
        return "cocktail.rsvp." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Counts as coming: a seat in a vehicle and a badge are needed. */
    public boolean coming() {
        return this == CONFIRMED || this == ATTENDED;
    }
}
