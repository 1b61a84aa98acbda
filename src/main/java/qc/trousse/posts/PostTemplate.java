package qc.trousse.posts;

import qc.trousse.i18n.Localized;

/**
 * A model post: from a key message of the flyer, from a gesture, or written by the office (custom).
 * gestureId is empty unless the template belongs to a gesture of the campaign.
 */
public record PostTemplate(String id, Kind kind, String gestureId, Localized title, Localized text) {
    /** Where the template comes from. */
    public enum Kind { MESSAGE, GESTURE, CUSTOM }

    public boolean custom() {
        return kind == Kind.CUSTOM;
    }
}
