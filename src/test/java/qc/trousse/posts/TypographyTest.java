package qc.trousse.posts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypographyTest {
    private static final String NB = "\u00A0";

    @Test
    void fixesColonsGuillemetsApostrophesSpacesAndDashes() {
        String text = "Message de l'équipe: « Bravo » - vous êtes formidables !";
        assertThat(Typography.fix(text, true))
                .isEqualTo("Message de l’équipe" + NB + ": «" + NB + "Bravo" + NB + "» – vous êtes formidables!");
    }

    @Test
    void eachRemarkSaysWhereItIs() {
        assertThat(Typography.check("Note: l'école", true))
                .extracting(TypoRemark::rule, TypoRemark::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TypoRule.COLON_SPACE_BEFORE, 5),
                        org.assertj.core.groups.Tuple.tuple(TypoRule.APOSTROPHE, 8));
        // positions count characters as seen: an emoji before is one, not two UTF-16 units
        assertThat(Typography.check("👍 Bravo !", true).get(0).position()).isEqualTo(8);
    }

    @Test
    void leavesUrlsHandlesHashtagsTimesAndRatiosAlone() {
        String text = "Rendez-vous à 17 h 30 ou 17:30, ratio 3:1, sur https://journeesperseverancescolaire.com:443/a?b=c:d "
                + "avec @LaurentDTardif et #persévérance, l’avenir, courriel info@exemple.qc.ca";
        assertThat(Typography.check(text, true)).isEmpty();
        assertThat(Typography.fix(text, true)).isEqualTo(text);
    }

    @Test
    void keepsHyphensInsideWordsAndRidingNamesWithEnDashes() {
        String text = "Anjou–Louis-Riel et Rouyn-Noranda–Témiscamingue, porte-parole des JPS";
        assertThat(Typography.check(text, true)).isEmpty();
    }

    @Test
    void acceptsWhatIsAlreadyRight() {
        String right = "Merci à «" + NB + "Nos gestes" + NB + "»" + NB + ": un + pour leur réussite! Et vous?";
        assertThat(Typography.check(right, true)).isEmpty();
        assertThat(Typography.check("Bravo\u202F!", true)).isEmpty();
    }

    @Test
    void fixingTwiceChangesNothingMore() {
        String text = "Aujourd'hui :«Merci»; bravo ! -- l'équipe";
        String once = Typography.fix(text, true);
        assertThat(Typography.check(once, true)).isEmpty();
        assertThat(Typography.fix(once, true)).isEqualTo(once);
    }

    @Test
    void englishOnlyGetsTheApostrophe() {
        assertThat(Typography.fix("Don't stop: keep going !", false)).isEqualTo("Don’t stop: keep going !");
    }
}
