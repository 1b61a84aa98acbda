package qc.trousse.gestures;

import java.util.List;

/** Where a gesture stands: an idea, planned on a day, done, or cancelled. */
public enum GestureState {
    IDEA, PLANNED, DONE, CANCELLED;

    /** The states the office may move this one to; a cancelled gesture comes back as an idea. */
    public List<GestureState> next() {
        return switch (this) {
            case IDEA -> List.of(PLANNED, CANCELLED);
            case PLANNED -> List.of(DONE, IDEA, CANCELLED);
            case DONE -> List.of(PLANNED);
            case CANCELLED -> List.of(IDEA);
        };
    }

    public boolean canMoveTo(GestureState other) {
        return next().contains(other);
    }

    /** Whether it still counts in the week (for overlaps, to-dos and the chosen count). */
    public boolean active() {
        return this != CANCELLED;
    }

    public String key() {
        return "gestures.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
