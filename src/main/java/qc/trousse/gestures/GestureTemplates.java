package qc.trousse.gestures;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * What each flyer gesture usually takes: a default time slot and the steps that make it happen, dated back
 * from the gesture day (D-7 book the room, D-1 print, D0 take the photo). Custom gestures start empty.
 */
public final class GestureTemplates {
    public static final String CERTIFICATE = "certificate";
    public static final String THANKS = "thanks";
    public static final String RIBBON = "ribbon";
    public static final String ENCOURAGEMENT = "encouragement";
    public static final String COCKTAIL = "cocktail";

    /** One prefilled step: its message key and its offset in days from the gesture day. */
    public record Step(String key, int offset) {
    }

    /** The usual slot and steps of one gesture. */
    public record Template(LocalTime start, LocalTime end, List<Step> steps) {
    }

    private static final Template EMPTY = new Template(LocalTime.of(10, 0), LocalTime.of(11, 0), List.of());

    private static final Map<String, Template> TEMPLATES = Map.of(
            CERTIFICATE, new Template(LocalTime.of(10, 0), LocalTime.of(11, 0), List.of(
                    step(CERTIFICATE, "recipient", -7), step(CERTIFICATE, "place", -7),
                    step(CERTIFICATE, "press", -3), step(CERTIFICATE, "print", -1),
                    step(CERTIFICATE, "photo", 0), step(CERTIFICATE, "post", 0))),
            THANKS, new Template(LocalTime.of(12, 0), LocalTime.of(12, 30), List.of(
                    step(THANKS, "person", -3), step(THANKS, "consent", -2), step(THANKS, "draft", -1),
                    step(THANKS, "approve", -1), step(THANKS, "publish", 0), step(THANKS, "reply", 1))),
            RIBBON, new Template(LocalTime.of(8, 30), LocalTime.of(17, 0), List.of(
                    step(RIBBON, "order", -7), step(RIBBON, "hand", -1), step(RIBBON, "wear", 0),
                    step(RIBBON, "photo", 0), step(RIBBON, "post", 0))),
            ENCOURAGEMENT, new Template(LocalTime.of(7, 30), LocalTime.of(8, 0), List.of(
                    step(ENCOURAGEMENT, "message", -3), step(ENCOURAGEMENT, "draft", -2),
                    step(ENCOURAGEMENT, "visual", -1), step(ENCOURAGEMENT, "approve", -1),
                    step(ENCOURAGEMENT, "publish", 0))),
            COCKTAIL, new Template(LocalTime.of(17, 0), LocalTime.of(19, 0), List.of(
                    step(COCKTAIL, "confirm", -7), step(COCKTAIL, "guests", -7), step(COCKTAIL, "transport", -2),
                    step(COCKTAIL, "ribbon", -1), step(COCKTAIL, "attend", 0), step(COCKTAIL, "post", 0))));

    private GestureTemplates() {
    }

    public static Template of(String gestureKey) {
        return TEMPLATES.getOrDefault(gestureKey, EMPTY);
    }

    /** The prefilled checklist, every step owned by the gesture's owner to start with. */
    public static List<ChecklistItem> checklist(String gestureKey, String owner) {
        return of(gestureKey).steps().stream()
                .map(s -> new ChecklistItem(s.key(), "", s.offset(), owner, false)).toList();
    }

    private static Step step(String gesture, String name, int offset) {
        return new Step("gestures.item." + gesture + "." + name, offset);
    }
}
