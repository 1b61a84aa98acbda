package qc.trousse.campaign;

import java.time.LocalTime;
import java.util.List;

/**
 * What a gesture of the edition usually takes: its time slot and the steps that make it happen, each dated in
 * days from the gesture day (-7 book the room, -1 print, 0 take the photo). A step's text is the message key
 * {@code gestures.item.<gesture>.<name>}, so it follows the window's language until the office rewords it.
 */
public record GestureTemplate(LocalTime start, LocalTime end, List<Step> steps) {
    /** One prefilled step: its message key and its offset in days from the gesture day. */
    public record Step(String key, int offset) {
    }

    public GestureTemplate {
        steps = List.copyOf(steps);
    }
}
