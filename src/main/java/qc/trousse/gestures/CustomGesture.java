package qc.trousse.gestures;

/** A gesture the office thought of itself, in one of the flyer's families. */
public record CustomGesture(long id, String title, String familyId, String description) {
    public static final String PREFIX = "custom:";

    public String key() {
        return PREFIX + id;
    }
}
