package qc.trousse.ui.certificates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The table's « Imprimé le … » says when in the app's one date style, not a pattern of its own. */
class PrintedStateTextTest {
    private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void whenACertificateWasPrintedReadsAsTheDateStyleSays() {
        Recipient r = Recipient.of(RecipientKind.PERSON, "Léa Roy", "", LocalDate.of(2020, 2, 18))
                .printedOn(Instant.parse("2020-02-18T19:30:00Z"));
        I18n.setLanguage(Lang.FR);
        assertThat(RecipientTableColumns.state(r, QUEBEC)).isEqualTo("Imprimé le 18 févr., 14 h 30");
        I18n.setLanguage(Lang.EN);
        assertThat(RecipientTableColumns.state(r, QUEBEC)).isEqualTo("Printed Feb. 18, 2:30 p.m.");
    }
}
