package qc.trousse.posts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Why a network refuses a text, with its counted nouns in the right number, in both languages. */
class RefusalWordsTest {
    private static final LocalDate JPS_2027 = LocalDate.of(2027, 2, 15);

    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    private static String links(int n) {
        StringBuilder text = new StringBuilder("Liens");
        for (int i = 0; i < n; i++) {
            text.append(" https://exemple.qc.ca/").append(i);
        }
        return text.toString();
    }

    @Test
    void linksHashtagsAndBytesAreCountedNounsInFrenchAndEnglish() {
        PostLength threads = OfficeNetworks.DEFAULT.measure(Network.THREADS, links(6), JPS_2027);
        PostLength insta = OfficeNetworks.DEFAULT.measure(Network.INSTAGRAM, "Bravo #a #b #c #d #e #f", JPS_2027);
        // 200 families of 25 UTF-8 bytes each: 200 graphemes, 5,000 bytes
        PostLength bluesky = OfficeNetworks.DEFAULT.measure(Network.BLUESKY, "👨‍👩‍👧‍👦".repeat(200), JPS_2027);
        I18n.setLanguage(Lang.FR);
        assertThat(Overflow.refusal(threads)).isEqualTo("6 liens sur 5");
        assertThat(Overflow.refusal(insta)).isEqualTo("6 mots-clics sur 5");
        assertThat(Overflow.refusal(OfficeNetworks.DEFAULT.measure(Network.X, "a".repeat(281), JPS_2027)))
                .isEqualTo("trop long de 1");
        I18n.setLanguage(Lang.EN);
        assertThat(Overflow.refusal(threads)).isEqualTo("6 links of 5");
        assertThat(Overflow.refusal(insta)).isEqualTo("6 hashtags of 5");
        assertThat(Overflow.refusal(bluesky)).isEqualTo("5,000 UTF-8 bytes of 3,000");
        assertThat(I18n.count("posts.cli.hashtags", 1, 30)).isEqualTo("1 hashtag of 30");
        assertThat(I18n.count("posts.cli.hashtags", 2, 30)).isEqualTo("2 hashtags of 30");
        I18n.setLanguage(Lang.FR);
        assertThat(I18n.count("posts.cli.hashtags", 1, 30)).isEqualTo("1 mot-clic sur 30");
        assertThat(Overflow.refusal(bluesky)).isEqualTo("5\u00A0000 octets UTF-8 sur 3\u00A0000");
    }
}
