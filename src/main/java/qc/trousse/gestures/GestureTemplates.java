package qc.trousse.gestures;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.GestureTemplate;

import java.time.LocalTime;
import java.util.List;

/**
 * What each gesture of the edition usually takes, as its campaign file says: a default time slot and the steps
 * that make it happen, dated back from the gesture day. Custom gestures start empty.
 */
public final class GestureTemplates {
    public static final String CERTIFICATE = "certificate";
    public static final String THANKS = "thanks";
    public static final String RIBBON = "ribbon";
    public static final String ENCOURAGEMENT = "encouragement";
    public static final String COCKTAIL = "cocktail";

    private static final GestureTemplate EMPTY = new GestureTemplate(LocalTime.of(10, 0), LocalTime.of(11, 0),
            List.of());

    private GestureTemplates() {
    }

    public static GestureTemplate of(Campaign campaign, String gestureKey) {
        return campaign.template(gestureKey).orElse(EMPTY);
    }

    /** The prefilled checklist, every step owned by the gesture's owner to start with. */
    public static List<ChecklistItem> checklist(Campaign campaign, String gestureKey, String owner) {
        return of(campaign, gestureKey).steps().stream()
                .map(s -> new ChecklistItem(s.key(), "", s.offset(), owner, false)).toList();
    }
}
