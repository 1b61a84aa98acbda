package qc.trousse.ui;

import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.session.LiveChanges;
import qc.trousse.store.ChangeFeed;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the status bar says of a colleague's change, for each kind of list the window follows. */
class LiveWindowSaidTest {
    private static String said(String member, String... tables) {
        return LiveWindow.said(new LiveChanges.News(Set.of(tables), member, Instant.parse("2020-02-17T19:05:00Z")))
                .orElse("(nothing)");
    }

    @Test
    void eachListIsNamedAndAGapInWhichNobodyChangedAnythingSaysNothing() {
        Lang before = I18n.language();
        try {
            saysInBothLanguages();
        } finally {
            I18n.setLanguage(before);
        }
    }

    private static void saysInBothLanguages() {
        I18n.setLanguage(Lang.FR);
        assertThat(said("Marc Roy", "gesture_item")).startsWith("Marc Roy a modifié le plan de la semaine à ");
        assertThat(said("Marc Roy", "cocktail_vehicle")).startsWith("Marc Roy a modifié le cocktail à ");
        assertThat(said("Marc Roy", "staff")).startsWith("Marc Roy a modifié le profil du bureau à ");
        assertThat(said("Marc Roy", "certificate_field")).startsWith("Marc Roy a modifié le certificat à ");
        assertThat(said("", "recipient")).startsWith("Un collègue a modifié les récipiendaires à ");
        assertThat(said("Marc Roy", ChangeFeed.EVERYTHING, "recipient"))
                .as("after a gap, what the change log says was changed").startsWith("Marc Roy a modifié les récipiendaires");
        assertThat(said("", ChangeFeed.EVERYTHING)).as("the screens read again, nothing to tell").isEqualTo("(nothing)");
        I18n.setLanguage(Lang.EN);
        assertThat(said("Marc Roy", "gesture_plan")).startsWith("Marc Roy changed the week plan at ");
    }
}
