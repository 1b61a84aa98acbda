package qc.trousse.cocktail;

/** A guest is a person, or an organisation honoured as a whole (then represented by someone). */
public enum GuestKind {
    PERSON, ORGANISATION;

    public String key() {
        return "cocktail.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
