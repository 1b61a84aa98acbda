package qc.trousse.ui;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.ServerStore;
import qc.trousse.store.TestDatabase;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The banner follows the session on the office's server (a real one): shown when its store says the server stopped
 * answering, cleared when it is back, never for a file nor for a session the window has left.
 */
class ServerBannerTest {
    @TempDir
    Path dir;
    private TestDatabase db;

    @BeforeEach
    void freshDatabase() throws Exception {
        db = TestDatabase.fresh();
        ServerStore.open(db.owner()).close();
        I18n.setLanguage(Lang.FR);
    }

    @AfterEach
    void drop() {
        if (db != null) { // null when the server is missing and the test was skipped
            db.close();
        }
    }

    @Test
    void shownWhileTheServerDoesNotAnswerAndClearedWhenItIsBack() throws Exception {
        try (Session server = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load());
             Session file = new Session(DataFile.open(dir.resolve("bureau.db")), Editions.shipped(),
                     Ridings.load())) {
            var session = new SimpleObjectProperty<>(server);
            ServerBanner banner = new ServerBanner(session, Runnable::run);
            assertThat(banner.shown().get()).isFalse();

            banner.reachable(server, false);
            assertThat(banner.shown().get()).isTrue();
            assertThat(banner.text()).startsWith("La base du bureau ne répond pas : reconnexion…")
                    .contains("modifications des récipiendaires, des invités du cocktail, des publications et des gestes de la semaine (hors listes de tâches) sont gardées et seront envoyées au retour du serveur");
            banner.reachable(server, true);
            assertThat(banner.shown().get()).isFalse();

            banner.reachable(server, false);
            session.set(file);
            assertThat(banner.shown().get()).as("a file has no banner").isFalse();
            banner.reachable(server, false);
            assertThat(banner.shown().get()).as("the session left behind says nothing").isFalse();
            I18n.setLanguage(Lang.EN);
            assertThat(banner.text()).startsWith("The office database is not answering")
                    .contains("Changes to recipients, cocktail guests, posts and the week's gestures (not their checklists) are kept and will be sent when the server is back");
        } finally {
            I18n.setLanguage(Lang.FR);
        }
    }
}
