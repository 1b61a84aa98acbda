package qc.trousse.cocktail;

/** A car of the carpool, or a chartered bus. */
public enum VehicleKind {
    CAR, BUS;

    public String key() {
        return "cocktail.vehicle." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
