package qc.trousse.posts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.session.Session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A post is checked against the rules in force on its day, with the office's own settings. */
class NetworkRulesByDateTest {
    private static final LocalDate JPS_2020 = LocalDate.of(2020, 2, 17);
    private static final LocalDate LAST_DAY_OF_30 = LocalDate.of(2025, 11, 30);
    private static final LocalDate FIRST_DAY_OF_5 = LocalDate.of(2025, 12, 1);
    @TempDir
    Path dir;

    private static String hashtags(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "#tag" + i).collect(Collectors.joining(" "));
    }

    @Test
    void instagramAllowsThirtyHashtagsUntilDecember2025AndFiveFromThen() {
        OfficeNetworks office = OfficeNetworks.DEFAULT;
        assertThat(office.measure(Network.INSTAGRAM, hashtags(30), JPS_2020).fits()).isTrue();
        assertThat(office.measure(Network.INSTAGRAM, hashtags(30), LAST_DAY_OF_30).fits()).isTrue();
        assertThat(office.measure(Network.INSTAGRAM, hashtags(31), LAST_DAY_OF_30).fits()).isFalse();
        assertThat(office.measure(Network.INSTAGRAM, hashtags(5), FIRST_DAY_OF_5).fits()).isTrue();
        PostLength six = office.measure(Network.INSTAGRAM, hashtags(6), FIRST_DAY_OF_5);
        assertThat(six.fits()).isFalse();
        assertThat(six.hashtagLimit()).isEqualTo(5);
        assertThat(six.refusalKey()).isEqualTo("posts.why.hashtags");
        assertThat(office.measure(Network.FACEBOOK, hashtags(40), FIRST_DAY_OF_5).fits()).isTrue();
    }

    @Test
    void aDayBeforeTheFirstKnownRuleGetsTheFirstRule() {
        RuleFacts x = NetworkRuleBook.shipped().on(Network.X, LocalDate.of(2010, 1, 1));
        assertThat(x.limit()).isEqualTo(280);
        assertThat(NetworkRuleBook.shipped().on(Network.INSTAGRAM, LocalDate.of(2030, 1, 1)).caps().hashtags())
                .isEqualTo(5);
    }

    @Test
    void everyNetworkHasRulesWithASource() {
        for (Network n : Network.values()) {
            assertThat(NetworkRuleBook.shipped().all()).filteredOn(r -> r.network() == n).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.source()).isNotBlank());
        }
    }

    @Test
    void theUndatedCallsAreJps2020sRules() {
        for (String text : PostCorpus.texts()) {
            for (Network n : OfficeNetworks.OF_2020) {
                assertThat(n.measure(text)).usingRecursiveComparison()
                        .isEqualTo(OfficeNetworks.DEFAULT.measure(n, text, JPS_2020));
            }
        }
    }

    @Test
    void threadsRefusesASixthLink() {
        OfficeNetworks office = OfficeNetworks.DEFAULT;
        LocalDate day = LocalDate.of(2027, 2, 15);
        assertThat(office.measure(Network.THREADS, "a.ca b.ca c.ca d.ca e.ca", day).fits()).isTrue();
        PostLength six = office.measure(Network.THREADS, "a.ca b.ca c.ca d.ca e.ca https://f.ca", day);
        assertThat(six.links()).isEqualTo(6);
        assertThat(six.refusalKey()).isEqualTo("posts.why.links");
    }

    @Test
    void theOfficesMastodonLimitAndNetworksAreKeptInTheFileAndUndone() throws Exception {
        Path file = dir.resolve("mastodon.db");
        String text = "x".repeat(700);
        try (Session s = PostFiles.open(file)) {
            assertThat(s.posts().networks()).isEqualTo(OfficeNetworks.DEFAULT);
            assertThat(s.posts().networks().measure(Network.MASTODON, text, JPS_2020).fits()).isFalse();
            s.posts().setNetworks(new OfficeNetworks(List.of(Network.X, Network.MASTODON, Network.BLUESKY), 1_000));
            assertThatThrownBy(() -> s.posts().setNetworks(new OfficeNetworks(List.of(), 0)))
                    .isInstanceOf(PostRuleException.class).hasMessage("posts.error.noNetwork");
            assertThatThrownBy(() -> s.posts().setNetworks(s.posts().networks().withMastodonLimit(-3)))
                    .isInstanceOf(PostRuleException.class).hasMessage("posts.error.mastodonLimit");
        }
        try (Session s = PostFiles.open(file)) {
            OfficeNetworks kept = s.posts().networks();
            assertThat(kept.used()).containsExactly(Network.X, Network.MASTODON, Network.BLUESKY);
            PostLength m = kept.measure(Network.MASTODON, text, JPS_2020);
            assertThat(m.limit()).isEqualTo(1_000);
            assertThat(m.fits()).isTrue();
            s.posts().setNetworks(kept.withMastodonLimit(600));
            s.history().undo();
            assertThat(s.posts().networks().mastodonLimit()).isEqualTo(1_000);
        }
    }

    @Test
    void theFirstCharacterOverTheLimitIsFound() {
        String text = "a".repeat(278) + "👍🏽bc";
        PostLength x = OfficeNetworks.DEFAULT.measure(Network.X, text, JPS_2020);
        assertThat(x.length()).isEqualTo(282);
        assertThat(x.overAt()).isEqualTo(text.indexOf('b'));
        assertThat(text.substring(x.overAt())).isEqualTo("bc");
        assertThat(OfficeNetworks.DEFAULT.measure(Network.X, "a".repeat(280), JPS_2020).overAt()).isEqualTo(-1);
        PostLength b = OfficeNetworks.DEFAULT.measure(Network.BLUESKY, "é".repeat(299) + "👨‍👩‍👧‍👦!", JPS_2020);
        assertThat(b.overAt()).isEqualTo(299 + "👨‍👩‍👧‍👦".length());
    }
}
