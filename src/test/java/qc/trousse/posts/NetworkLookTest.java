package qc.trousse.posts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.session.Session;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each network's card size and hashtag style, and drafts for the new networks from the same templates. */
class NetworkLookTest {
    @TempDir
    Path dir;

    @Test
    void eachNetworkHasItsCardSizeAndTheCardIsDrawnAtIt() {
        assertThat(Network.INSTAGRAM.look().card()).isEqualTo(CardSize.SQUARE);
        assertThat(Network.THREADS.look().card()).isEqualTo(CardSize.PORTRAIT);
        for (Network n : new Network[] {Network.X, Network.BLUESKY, Network.MASTODON}) {
            assertThat(n.look().card()).isEqualTo(CardSize.LANDSCAPE);
        }
        ImageCard.Content content = new ImageCard.Content("Bravo à toutes et à tous pour votre persévérance!",
                "#JPS2027", "Marie Tremblay — Jean-Talon", "Journées de la persévérance scolaire", null);
        for (CardSize size : CardSize.values()) {
            BufferedImage card = ImageCard.render(content, size);
            assertThat(card.getWidth()).isEqualTo(size.width());
            assertThat(card.getHeight()).isEqualTo(size.height());
            assertThat(card.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0x1f7a3a);
            assertThat(card.getRGB(5, size.height() - 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }
        assertThat(CardSize.PORTRAIT.label()).isEqualTo("1080 × 1350");
    }

    @Test
    void instagramGetsItsHashtagsInABlockUnderTheCaption() {
        assertThat(HashtagStyle.BLOCK_AT_END.apply("Bravo à l’équipe! #JPS2027 #persévérance"))
                .isEqualTo("Bravo à l’équipe!\n\n#JPS2027 #persévérance");
        assertThat(HashtagStyle.BLOCK_AT_END.apply("Le #JPS2027 commence: bravo!"))
                .as("a hashtag inside a sentence stays").isEqualTo("Le #JPS2027 commence: bravo!");
        assertThat(HashtagStyle.BLOCK_AT_END.apply("#JPS2027")).isEqualTo("#JPS2027");
        assertThat(HashtagStyle.IN_TEXT.apply("Bravo! #JPS2027")).isEqualTo("Bravo! #JPS2027");
    }

    @Test
    void theSameTemplatesMakeDraftsForTheNewNetworksWithTheirHandles() throws Exception {
        try (Session s = PostFiles.withProfile(dir.resolve("new-networks.db"))) {
            s.office().update("bluesky", p -> p.withHandles(p.handles().withBluesky("mtremblay.bsky.social")));
            for (Network n : new Network[] {Network.BLUESKY, Network.THREADS, Network.MASTODON}) {
                Draft d = s.posts().create(PostFiles.request("gesture-encouragement", n, PostFiles.MONDAY));
                assertThat(d.network()).isEqualTo(n);
                assertThat(d.french()).startsWith("Aux étudiantes et étudiants de Jean-Talon").endsWith("#JPS2020");
            }
            Draft insta = s.posts().create(PostFiles.request("gesture-encouragement", Network.INSTAGRAM,
                    PostFiles.MONDAY));
            assertThat(insta.french()).endsWith("\n\n#JPS2020");
            assertThat(Network.BLUESKY.handle(s.office().profile().handles())).isEqualTo("mtremblay.bsky.social");
        }
    }
}
