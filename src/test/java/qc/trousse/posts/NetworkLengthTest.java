package qc.trousse.posts;

import com.twitter.twittertext.TwitterTextParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The X counter gives the weighted length X shows, on text a riding office actually writes. */
class NetworkLengthTest {
    @ParameterizedTest(name = "{1} → {0}")
    @CsvSource(delimiter = '|', value = {
            "7|Bonjour",
            "30|Persévérance scolaire #JPS2020",
            // every URL counts 23, whatever its length
            "37|Voir https://journeesperseverancescolaire.com/outils?a=1 #JPS2020",
            // a bare domain is a URL too; U+00A0 weighs 1
            "30|Site\u00A0: journeesperseverancescolaire.com",
            // an emoji with a skin tone is one emoji: 2
            "8|Bravo 👍🏽",
            // a ZWJ family is one emoji: 2
            "11|Famille 👨‍👩‍👧‍👦!",
            "25|👩🏾‍🎓 Bravo aux finissantes!",
            "2|❤️",
            "9|«\u00A0Merci\u00A0»",
            // NFD é (e + combining acute) is normalised first: 1, like NFC é
            "5|e\u0301cole",
            "5|école",
            // CJK weighs 2 each
            "6|日本語",
            // the narrow no-break space U+202F is outside the light ranges: 2
            "8|Merci\u202F!",
            "13|#persévérance",
            // en dash, em dash, ’ weigh 1; the ellipsis … weighs 2
            "5|– — ’",
            "7|Merci…"})
    void xCountsWeightedLengthExactly(int expected, String text) {
        assertThat(Network.X.length(text)).isEqualTo(expected);
        assertThat(TwitterTextParser.parseTweet(text).weightedLength).isEqualTo(expected);
    }

    @Test
    void xLimitIs280WeightedCharacters() {
        assertThat(Network.X.measure("a".repeat(280)).fits()).isTrue();
        assertThat(Network.X.measure("a".repeat(281)).fits()).isFalse();
        assertThat(Network.X.measure("é".repeat(141) + "日").length()).isEqualTo(143);
        assertThat(Network.X.measure("日".repeat(141)).level()).isEqualTo(PostLength.Level.OVER);
        assertThat(Network.X.measure("a".repeat(260)).level()).isEqualTo(PostLength.Level.NEAR);
        assertThat(Network.X.measure("a".repeat(200)).level()).isEqualTo(PostLength.Level.OK);
    }

    @Test
    void otherNetworksCountCharactersAfterNormalisation() {
        assertThat(Network.FACEBOOK.limit()).isEqualTo(63_206);
        assertThat(Network.INSTAGRAM.limit()).isEqualTo(2_200);
        assertThat(Network.LINKEDIN.limit()).isEqualTo(3_000);
        assertThat(Network.LINKEDIN.length("e\u0301cole")).isEqualTo(5);
        assertThat(Network.FACEBOOK.length("https://journeesperseverancescolaire.com")).isEqualTo(40);
        assertThat(Network.INSTAGRAM.measure("a".repeat(2_200)).fits()).isTrue();
        assertThat(Network.INSTAGRAM.measure("a".repeat(2_201)).fits()).isFalse();
    }

    @Test
    void instagramRefusesMoreThanThirtyHashtags() {
        StringBuilder tags = new StringBuilder("#JPS2020");
        for (int i = 1; i < 30; i++) {
            tags.append(" #tag").append(i);
        }
        assertThat(Network.INSTAGRAM.measure(tags.toString()).fits()).isTrue();
        PostLength over = Network.INSTAGRAM.measure(tags + " #persévérance");
        assertThat(over.hashtags()).isEqualTo(31);
        assertThat(over.fits()).isFalse();
        assertThat(Network.FACEBOOK.measure(tags + " #persévérance").fits()).isTrue();
    }

    @Test
    void accentedHashtagsStayWhole() {
        assertThat(Hashtags.in("Bravo #persévérance et #JPS2020!")).containsExactly("persévérance", "JPS2020");
        assertThat(Hashtags.has("un + pour leur réussite #jps2020", "#JPS2020")).isTrue();
        assertThat(Hashtags.has("JPS2020 sans dièse", "#JPS2020")).isFalse();
    }
}
