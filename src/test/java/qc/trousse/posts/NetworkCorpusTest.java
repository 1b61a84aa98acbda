package qc.trousse.posts;

import com.ibm.icu.text.BreakIterator;
import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each counter equals its network's reference on the corpus: twitter-text, ICU graphemes, Mastodon's rules. */
class NetworkCorpusTest {
    private static final LocalDate JPS_2027 = LocalDate.of(2027, 2, 15);
    private static final OfficeNetworks OFFICE = OfficeNetworks.DEFAULT;

    static List<String> corpus() {
        return PostCorpus.texts();
    }

    @Test
    void theCorpusHoldsAtLeastFortyTexts() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void xEqualsTwitterText(String text) {
        PostLength x = OFFICE.measure(Network.X, text, JPS_2027);
        assertThat(x.length()).isEqualTo(TwitterTextParser.parseTweet(text).weightedLength);
        assertThat(x.fits()).isEqualTo(TwitterTextParser.parseTweet(text).isValid || text.isBlank());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void blueskyEqualsIcuGraphemesAndUtf8Bytes(String text) {
        PostLength b = OFFICE.measure(Network.BLUESKY, text, JPS_2027);
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int graphemes = 0;
        while (it.next() != BreakIterator.DONE) {
            graphemes++;
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        assertThat(b.length()).isEqualTo(graphemes);
        assertThat(b.bytes()).isEqualTo(bytes);
        assertThat(b.fits()).isEqualTo(graphemes <= 300 && bytes <= 3000);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void mastodonFollowsItsDocumentedRules(String text) {
        assertThat(OFFICE.measure(Network.MASTODON, text, JPS_2027).length()).isEqualTo(mastodon(text));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void threadsCountsCharactersAndLinks(String text) {
        PostLength t = OFFICE.measure(Network.THREADS, text, JPS_2027);
        int links = new Extractor().extractURLs(text).size();
        assertThat(t.links()).isEqualTo(links);
        assertThat(t.fits()).isEqualTo(t.length() <= 500 && links <= 5);
    }

    @Test
    void recentEmojiSequencesCountTwoOnXEachAsOneEmoji() {
        for (String emoji : PostCorpus.recentEmoji()) {
            assertThat(OFFICE.measure(Network.X, emoji, JPS_2027).length()).as(emoji).isEqualTo(2);
            assertThat(OFFICE.measure(Network.X, "Merci " + emoji + "!", JPS_2027).length()).as(emoji).isEqualTo(9);
        }
        // the library alone weighs them higher: that is what the correction is for
        assertThat(TwitterTextParser.parseTweet("🫱🏽‍🫲🏿").weightedLength).isEqualTo(9);
        assertThat(TwitterTextParser.parseTweet("❤️‍🔥").weightedLength).isEqualTo(5);
        // those twitter-text already knows stay at 2
        assertThat(OFFICE.measure(Network.X, "🫶", JPS_2027).length()).isEqualTo(2);
        assertThat(OFFICE.measure(Network.X, "🧑‍🤝‍🧑", JPS_2027).length()).isEqualTo(2);
        assertThat(OFFICE.measure(Network.X, "🏴󠁧󠁢󠁳󠁣󠁴󠁿", JPS_2027).length()).isEqualTo(2);
    }

    @Test
    void blueskyIsNotFooledByTheJdkIterator() {
        String family = "👨‍👩‍👧‍👦";
        java.text.BreakIterator jdk = java.text.BreakIterator.getCharacterInstance();
        jdk.setText("🧑‍🤝‍🧑");
        int jdkCount = 0;
        while (jdk.next() != java.text.BreakIterator.DONE) {
            jdkCount++;
        }
        assertThat(jdkCount).as("JDK 17 splits the sequence").isGreaterThan(1);
        assertThat(OFFICE.measure(Network.BLUESKY, "🧑‍🤝‍🧑", JPS_2027).length()).isEqualTo(1);
        assertThat(OFFICE.measure(Network.BLUESKY, family.repeat(300), JPS_2027).length()).isEqualTo(300);
        // 300 graphemes of 25 bytes: within the graphemes, over the 3,000 bytes
        assertThat(OFFICE.measure(Network.BLUESKY, family.repeat(300), JPS_2027).fits()).isFalse();
        assertThat(OFFICE.measure(Network.BLUESKY, family.repeat(300), JPS_2027).refusalKey())
                .isEqualTo("posts.why.bytes");
    }

    /** Mastodon's rules as its documentation states them, applied by rewriting the text, then counting graphemes. */
    private static int mastodon(String text) {
        Extractor urls = new Extractor();
        urls.setExtractURLWithoutProtocol(false);
        StringBuilder rewritten = new StringBuilder();
        int at = 0;
        for (Extractor.Entity e : urls.extractURLsWithIndices(text)) {
            rewritten.append(text, at, e.getStart()).append("x".repeat(23));
            at = e.getEnd();
        }
        rewritten.append(text.substring(at));
        Matcher m = Pattern.compile("(^|[^/\\w])@([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]+", Pattern.CASE_INSENSITIVE)
                .matcher(rewritten);
        String countable = m.replaceAll("$1@$2");
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(countable);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }
}
