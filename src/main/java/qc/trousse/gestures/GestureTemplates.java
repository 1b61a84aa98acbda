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

    /** A gesture just chosen: an idea on the first day (the cocktail on its day), its usual slot and steps. */
    static PlannedGesture fresh(Campaign campaign, long id, String key) {
        GestureTemplate t = of(campaign, key);
        boolean cocktail = COCKTAIL.equals(key);
        return new PlannedGesture(id, key, cocktail ? campaign.cocktailDate() : campaign.start(), t.start(), t.end(),
                cocktail ? campaign.cocktailPlace().current() : "", "", GestureState.IDEA,
                checklist(campaign, key, ""));
    }

    /** The prefilled checklist, every step owned by the gesture's owner to start with. */
    public static List<ChecklistItem> checklist(Campaign campaign, String gestureKey, String owner) {
        return of(campaign, gestureKey).steps().stream()
                .map(s -> new ChecklistItem(s.key(), "", s.offset(), owner, false)).toList();
    }
}
