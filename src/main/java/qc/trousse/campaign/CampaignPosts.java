package qc.trousse.campaign;

import qc.trousse.i18n.Localized;

import java.time.LocalTime;
import java.util.List;

/** The edition's post templates and its suggested week of posts, as the campaign file gives them. */
public record CampaignPosts(List<Text> templates, List<Slot> week) {
    /** One template: kind is message, gesture or custom; gesture is empty unless the kind is gesture. */
    public record Text(String id, String kind, String gesture, Localized title, Localized text) {
    }

    /** A post the suggested week places: which template, which day of the week (1 = Monday), when, where. */
    public record Slot(String templateId, int day, LocalTime time, String network) {
    }

    public CampaignPosts {
        templates = List.copyOf(templates);
        week = List.copyOf(week);
    }
}
