package qc.trousse.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.store.KeptEditsSent;

import static org.assertj.core.api.Assertions.assertThat;

/** What the status bar says once the edits kept while the server was away are sent (ADR 0020). */
class KeptEditsSaidTest {
    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void sentUnsentOrNothingInBothLanguages() {
        I18n.setLanguage(Lang.FR);
        assertThat(LiveWindow.said(new KeptEditsSent(1, 0, 0)))
                .contains("1 modification gardée pendant la coupure a été envoyée au serveur.");
        assertThat(LiveWindow.said(new KeptEditsSent(3, 1, 0))).get().asString().startsWith("3 modifications gardées");
        assertThat(LiveWindow.said(new KeptEditsSent(2, 0, 1))).get().asString()
                .startsWith("1 modification gardée n’a pas été envoyée : un collègue");
        assertThat(LiveWindow.said(new KeptEditsSent(0, 1, 0))).as("already applied: nothing new").isEmpty();
        I18n.setLanguage(Lang.EN);
        assertThat(LiveWindow.said(new KeptEditsSent(0, 0, 2))).get().asString()
                .startsWith("2 kept changes were not sent: a colleague changed the same items meanwhile.");
    }
}
