package qc.trousse.posts;

import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void straightQuotesBecomeGuillemetsInFrenchAndCurlyQuotesInEnglish() {
        assertThat(Typography.fix("Le thème \"Nos gestes\" et \" un + \"", true))
                .isEqualTo("Le thème «" + NB + "Nos gestes" + NB + "» et «" + NB + "un +" + NB + "»");
        assertThat(Typography.fix("The \"green ribbon\" day", false)).isEqualTo("The “green ribbon” day");
        assertThat(Typography.check("Un seul \" guillemet", true)).as("a lone quote has no partner to guess")
                .isEmpty();
    }

    @Test
    void hoursAreWrittenWithSpacesAndRangesWithAHyphen() {
        assertThat(Typography.fix("Rendez-vous à 9h30, fin vers 11h, du 15 - 19 février ou 15 – 19", true))
                .isEqualTo("Rendez-vous à 9" + NB + "h" + NB + "30, fin vers 11" + NB + "h, du 15-19 février ou 15-19");
        assertThat(Typography.check("Rendez-vous à 9h30", true)).extracting(TypoRemark::rule)
                .containsExactly(TypoRule.TIME);
        assertThat(Typography.check("à 9 h 30, 17:30, 24h/24, 9 heures, 2020 - 2021 ans", true))
                .extracting(TypoRemark::rule).containsExactly(TypoRule.RANGE);
    }

    @Test
    void aRemarkShowsTheWordsItIsInBeforeAndAfterTheFix() {
        String text = "Rendez-vous à 9h30 au gymnase, l'école : bravo !";
        List<TypoRemark> remarks = Typography.check(text, true);
        assertThat(remarks).extracting(r -> r.before(text) + " → " + r.after(text)).containsExactly(
                "9h30 → 9" + NB + "h" + NB + "30", "l'école → l’école", "l'école : → l'école" + NB + ":",
                "bravo ! → bravo!");
    }
}
