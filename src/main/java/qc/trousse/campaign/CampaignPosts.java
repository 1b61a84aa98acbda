package qc.trousse.campaign;

import qc.trousse.i18n.Localized;

import java.time.LocalTime;
import java.util.List;

/**
 * The edition's post templates, its suggested week of posts and the networks it posts on (by name, as in the
 * slots: "X", "BLUESKY"…), as the campaign file gives them. No networks listed means JPS 2020's four.
 */
public record CampaignPosts(List<Text> templates, List<Slot> week, List<String> networks) {
    /** The names a slot or the networks key may use: the networks the app knows how to count. */
    public static final List<String> KNOWN_NETWORKS = List.of("X", "FACEBOOK", "INSTAGRAM", "LINKEDIN", "BLUESKY",
            "THREADS", "MASTODON");

    /** One template: kind is message, gesture or custom; gesture is empty unless the kind is gesture. */
    public record Text(String id, String kind, String gesture, Localized title, Localized text) {
    }

    /** A post the suggested week places: which template, which day of the week (1 = Monday), when, where. */
    public record Slot(String templateId, int day, LocalTime time, String network) {
    }

    public CampaignPosts {
        templates = List.copyOf(templates);
        week = List.copyOf(week);
        networks = List.copyOf(networks);
    }

    /** An edition that does not list its networks (JPS 2020's campaign file). */
    public CampaignPosts(List<Text> templates, List<Slot> week) {
        this(templates, week, List.of());
    }
}
