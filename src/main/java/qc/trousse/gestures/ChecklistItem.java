package qc.trousse.gestures;

import qc.trousse.i18n.I18n;

import java.time.LocalDate;

/**
 * One step that makes a gesture happen, due a number of days before (negative) or after the gesture day.
 * Prefilled items keep their message key so they show in the current language until the office rewords them.
 */
public record ChecklistItem(String templateKey, String text, int offsetDays, String owner, boolean done) {
    public ChecklistItem {
        templateKey = templateKey == null ? "" : templateKey;
        text = text == null ? "" : text;
        owner = owner == null ? "" : owner;
    }

    public static ChecklistItem custom(String text, int offsetDays, String owner) {
        return new ChecklistItem("", text, offsetDays, owner, false);
    }

    public String label() {
        return text.isBlank() && !templateKey.isEmpty() ? I18n.tr(templateKey) : text;
    }

    public LocalDate dueOn(LocalDate gestureDay) {
        return gestureDay.plusDays(offsetDays);
    }

    public ChecklistItem withText(String v) {
        return new ChecklistItem(templateKey, v, offsetDays, owner, done);
    }

    public ChecklistItem withOffset(int v) {
        return new ChecklistItem(templateKey, text, v, owner, done);
    }

    public ChecklistItem withOwner(String v) {
        return new ChecklistItem(templateKey, text, offsetDays, v, done);
    }

    public ChecklistItem withDone(boolean v) {
        return new ChecklistItem(templateKey, text, offsetDays, owner, v);
    }
}
