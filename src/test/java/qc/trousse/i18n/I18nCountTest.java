package qc.trousse.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class I18nCountTest {
    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void frenchCountsZeroAndOneAsSingular() {
        I18n.setLanguage(Lang.FR);
        assertThat(I18n.count("output.count", 0)).isEqualTo("0 certificat");
        assertThat(I18n.count("output.count", 1)).isEqualTo("1 certificat");
        assertThat(I18n.count("output.count", 2)).isEqualTo("2 certificats");
        assertThat(I18n.count("output.saved", 1, "/tmp/a.pdf")).isEqualTo("1 certificat enregistré dans /tmp/a.pdf.");
    }

    @Test
    void englishCountsOnlyOneAsSingular() {
        I18n.setLanguage(Lang.EN);
        assertThat(I18n.count("output.count", 0)).isEqualTo("0 certificates");
        assertThat(I18n.count("output.count", 1)).isEqualTo("1 certificate");
        assertThat(I18n.count("output.count", 12_000)).isEqualTo("12,000 certificates");
    }

    @Test
    void aDocumentCountsInItsOwnLanguageWhateverTheWindowSays() {
        I18n.setLanguage(Lang.FR);
        assertThat(I18n.count(Lang.EN, "certificates.print.copies", 1)).isEqualTo("1 copy");
        assertThat(I18n.count(Lang.FR, "certificates.print.copies", 2)).isEqualTo("2 copies");
    }
}
