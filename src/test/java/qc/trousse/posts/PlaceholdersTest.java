package qc.trousse.posts;

import qc.trousse.campaign.Editions;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {
    @Test
    void aPlaceholderWithoutValueStaysVisibleAndIsListed() {
        Placeholders.Filled filled = Placeholders.fill("Merci à {personne} de {circonscription}! {hashtag}",
                Map.of("circonscription", "Jean-Talon", "hashtag", "#JPS2020", "personne", " "));
        assertThat(filled.text()).isEqualTo("Merci à {personne} de Jean-Talon! #JPS2020");
        assertThat(filled.missing()).containsExactly("personne");
        assertThat(Placeholders.left(filled.text())).containsExactly("personne");
    }

    @Test
    void shippedTemplatesCoverEveryKeyMessageAndGestureInBothLanguages() {
        var templates = TemplateCatalogue.of(Editions.shipped().year(2020));
        var campaign = qc.trousse.campaign.Editions.shipped().year(2020);
        assertThat(templates).filteredOn(t -> t.kind() == PostTemplate.Kind.MESSAGE)
                .hasSize(campaign.keyMessages().size());
        assertThat(templates).filteredOn(t -> t.kind() == PostTemplate.Kind.GESTURE)
                .extracting(PostTemplate::gestureId)
                .containsExactlyInAnyOrderElementsOf(campaign.gestures().stream().map(g -> g.id()).toList());
        for (PostTemplate t : templates) {
            assertThat(t.text().fr()).contains("{hashtag}");
            assertThat(t.text().en()).contains("{hashtag}");
            assertThat(Typography.check(t.text().fr(), true)).as(t.id()).isEmpty();
        }
        // key message 3 is the flyer's text, only with the typographic apostrophe
        assertThat(templates.get(2).text().fr().replace('’', '\'')).startsWith(campaign.keyMessages().get(2).fr());
    }
}
