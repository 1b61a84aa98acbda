package qc.trousse.demo;

import qc.trousse.campaign.Editions;
import qc.trousse.posts.Draft;
import qc.trousse.posts.PostService;
import qc.trousse.posts.PostState;
import qc.trousse.posts.TemplateCatalogue;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The suggested week of posts as it stands on Wednesday morning: Monday's ribbon post is out, today's thanks
 * is approved, the cocktail post waits for the MNA, the rest are drafts.
 */
final class DemoPosts {
    static final String PERSON = "Gisèle Lévesque-Côté";
    static final String ORGANISATION = "la Maison des jeunes du quartier";

    private DemoPosts() {
    }

    static void fill(PostService posts) {
        List<Draft> week = posts.prepareWeek(TemplateCatalogue.week(Editions.shipped().year(2020)), PostService.typed(PERSON, ORGANISATION));
        long ribbon = made(week, "gesture-ribbon");
        posts.setState(ribbon, PostState.APPROVED, DemoWeek.MNA, LocalDateTime.of(2020, 2, 16, 19, 45));
        posts.setState(ribbon, PostState.PUBLISHED, DemoWeek.SOPHIE, LocalDateTime.of(2020, 2, 17, 12, 0));
        posts.setState(made(week, "gesture-thanks"), PostState.APPROVED, DemoWeek.MNA,
                LocalDateTime.of(2020, 2, 18, 21, 5));
        posts.setState(made(week, "gesture-cocktail"), PostState.TO_APPROVE, "", null);
    }

    private static long made(List<Draft> week, String templateId) {
        return week.stream().filter(d -> d.templateId().equals(templateId)).findFirst().orElseThrow().id();
    }
}
