package qc.trousse.report;

import org.junit.jupiter.api.Test;
import qc.trousse.i18n.Lang;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextsTest {
    @Test
    void frenchContractsTheArticleBeforeTheRiding() {
        ReportTexts fr = new ReportTexts(Lang.FR);
        assertThat(fr.ofRiding("Rimouski")).isEqualTo("de Rimouski");
        assertThat(fr.ofRiding("Abitibi-Est")).isEqualTo("d’Abitibi-Est");
        assertThat(fr.ofRiding("Les Plaines")).isEqualTo("des Plaines");
        assertThat(fr.ofRiding("Îles-de-la-Madeleine")).isEqualTo("des Îles-de-la-Madeleine");
        assertThat(fr.ofRiding("L'Assomption")).isEqualTo("de L'Assomption");
        assertThat(fr.ofRiding("La Pinière")).isEqualTo("de La Pinière");
        assertThat(new ReportTexts(Lang.EN).ofRiding("Abitibi-Est")).isEqualTo("for Abitibi-Est");
    }

    @Test
    void timesAreWrittenAsEachLanguageDoes() {
        assertThat(new ReportTexts(Lang.FR).time(LocalTime.of(17, 5))).isEqualTo("17 h 05");
        assertThat(new ReportTexts(Lang.EN).time(LocalTime.of(17, 5))).isEqualTo("5:05 p.m.");
    }
}
