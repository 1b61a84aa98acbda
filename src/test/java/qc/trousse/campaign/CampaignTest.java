package qc.trousse.campaign;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignTest {
    private final Campaign jps = Editions.shipped().year(2020);

    @Test
    void editionRunsMondayToFridayWithTheCocktailOnTuesday() {
        assertThat(jps.start()).isEqualTo(LocalDate.of(2020, 2, 17));
        assertThat(jps.end()).isEqualTo(LocalDate.of(2020, 2, 21));
        assertThat(jps.days()).hasSize(5);
        assertThat(jps.days().get(0).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(jps.cocktailDate()).isEqualTo(LocalDate.of(2020, 2, 18));
        assertThat(jps.hashtag()).isEqualTo("#JPS2020");
        assertThat(jps.spokesperson()).isEqualTo("Laurent Duvernay-Tardif");
        assertThat(jps.slogan().fr()).isEqualTo("Nos gestes, un + pour leur réussite!");
    }

    @Test
    void keyMessagesAreTheFlyersFourVerbatim() {
        assertThat(jps.keyMessages()).hasSize(4);
        assertThat(jps.keyMessages().get(0).fr()).startsWith(
                "La persévérance scolaire est un enjeu de société et nous avons tous un rôle à jouer");
        assertThat(jps.keyMessages().get(3).fr()).endsWith(
                "nous aurons un impact positif sur la réussite éducative des jeunes.");
        assertThat(jps.keyMessages()).allSatisfy(m -> assertThat(m.en()).isNotBlank());
    }

    @Test
    void fiveGesturesInTheFlyersTwoFamilies() {
        assertThat(jps.families()).extracting(GestureFamily::id).containsExactly("salute", "ambassador");
        assertThat(jps.families().get(0).gestures()).extracting(CatalogueGesture::id)
                .containsExactly("certificate", "thanks");
        assertThat(jps.families().get(1).gestures()).extracting(CatalogueGesture::id)
                .containsExactly("ribbon", "encouragement", "cocktail");
        assertThat(jps.gesture("cocktail").orElseThrow().sentence().fr()).isEqualTo(
                "En participant au cocktail de la persévérance scolaire à l'Assemblée nationale le 18 février 2020.");
        assertThat(jps.gesture("certificate").orElseThrow().sentence().fr()).isEqualTo(
                "En organisant une remise officielle du certificat de reconnaissance de la persévérance scolaire.");
    }

    @Test
    void countdownKnowsBeforeDuringAndAfterTheWeek() {
        assertThat(CampaignCountdown.of(jps, LocalDate.of(2020, 2, 10)))
                .isEqualTo(new CampaignCountdown(CampaignCountdown.Phase.BEFORE, 7));
        assertThat(CampaignCountdown.of(jps, LocalDate.of(2020, 2, 19)))
                .isEqualTo(new CampaignCountdown(CampaignCountdown.Phase.DURING, 3));
        assertThat(CampaignCountdown.of(jps, LocalDate.of(2026, 11, 28)).phase())
                .isEqualTo(CampaignCountdown.Phase.OVER);
    }
}
