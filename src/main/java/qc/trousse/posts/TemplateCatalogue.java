package qc.trousse.posts;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignPosts;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/** The post templates and the suggested week that ship with the edition, read from its campaign file. */
public final class TemplateCatalogue {
    private TemplateCatalogue() {
    }

    public static List<PostTemplate> of(Campaign campaign) {
        return campaign.posts().templates().stream()
                .map(t -> new PostTemplate(t.id(), PostTemplate.Kind.valueOf(t.kind().toUpperCase(Locale.ROOT)),
                        t.gesture(), t.title(), t.text()))
                .toList();
    }

    /** A post the suggested week places: which template, on which day of the campaign, when, where. */
    public record Slot(String templateId, int day, LocalTime time, Network network) {
    }

    /** The suggested week of posts that ships with the templates. */
    public static List<Slot> week(Campaign campaign) {
        return campaign.posts().week().stream().map(TemplateCatalogue::slot).toList();
    }

    private static Slot slot(CampaignPosts.Slot s) {
        return new Slot(s.templateId(), s.day(), s.time(), Network.parse(s.network()));
    }
}
