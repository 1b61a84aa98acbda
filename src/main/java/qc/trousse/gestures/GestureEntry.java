package qc.trousse.gestures;

import qc.trousse.i18n.Localized;

/**
 * One line of the catalogue the office picks from: a flyer gesture (its short title and the flyer's own
 * sentence) or one of the office's own.
 */
public record GestureEntry(String key, String familyId, Localized title, Localized description, boolean custom) {
}
