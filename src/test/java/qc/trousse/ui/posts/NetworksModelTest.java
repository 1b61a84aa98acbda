package qc.trousse.ui.posts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.posts.Network;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.ScriptedDialogs;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** « Réseaux du bureau » without a window, on a real data file: saved at once, undoable, bad input said once. */
class NetworksModelTest {
    @TempDir
    Path dir;
    private Session session;
    private PostsViewModel model;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("networks.db")), Editions.shipped(), Ridings.load());
        model = new PostsViewModel(session.posts(), session.history(), new ScriptedDialogs(),
                WindowFixture.CAMPAIGN_MONDAY);
    }

    @AfterEach
    void close() {
        model.dispose();
        session.close();
    }

    @Test
    void tickingANetworkSavesItAtOnceAndUndoUnticksIt() throws Exception {
        NetworksModel networks = model.networks();
        assertThat(networks.uses(Network.X).get()).isTrue();
        assertThat(networks.uses(Network.BLUESKY).get()).isFalse();
        assertThat(networks.summary().get())
                .isEqualTo("Réseaux du bureau : X, Facebook, Instagram, LinkedIn · limite Mastodon 500");
        networks.uses(Network.BLUESKY).set(true);
        networks.uses(Network.LINKEDIN).set(false);
        assertThat(session.posts().networks().used()).containsExactly(Network.X, Network.FACEBOOK,
                Network.INSTAGRAM, Network.BLUESKY);
        assertThat(model.networks().choices()).startsWith(Network.X, Network.FACEBOOK, Network.INSTAGRAM,
                Network.BLUESKY);
        session.history().undo();
        assertThat(networks.uses(Network.LINKEDIN).get()).as("undo flows back into the boxes").isTrue();
        assertThat(networks.uses(Network.BLUESKY).get()).isTrue();
        session.history().undo();
        assertThat(networks.uses(Network.BLUESKY).get()).isFalse();
        session.history().redo();
        try (Session reopened = reopen()) {
            assertThat(reopened.posts().networks().uses(Network.BLUESKY)).isTrue();
        }
    }

    @Test
    void theMastodonLimitIsANumberFromOneToAMillionOrEmptyForTheDefault() {
        NetworksModel networks = model.networks();
        assertThat(networks.mastodonLimit().get()).isEmpty();
        networks.mastodonLimit().set("1 000");
        networks.commitMastodonLimit();
        assertThat(session.posts().networks().mastodonLimit()).isEqualTo(1_000);
        assertThat(networks.summary().get()).endsWith("limite Mastodon 1\u00A0000");
        for (String bad : new String[] {"cinq cents", "0", "-5", "2000000"}) {
            networks.mastodonLimit().set(bad);
            networks.commitMastodonLimit();
            assertThat(networks.problem().get()).as(bad).isEqualTo("« " + bad + " » n’est pas une limite de serveur"
                    + " Mastodon : écrivez un nombre entier de 1 à 1 000 000 (500 par défaut). Rien n’a été changé.");
            assertThat(session.posts().networks().mastodonLimit()).isEqualTo(1_000);
        }
        networks.mastodonLimit().set("");
        networks.commitMastodonLimit();
        assertThat(networks.problem().get()).isEmpty();
        assertThat(session.posts().networks().rules(Network.MASTODON, session.campaign().start()).limit())
                .isEqualTo(500);
        session.history().undo();
        assertThat(networks.mastodonLimit().get()).isEqualTo("1000");
    }

    @Test
    void theLastNetworkCannotBeUnticked() {
        NetworksModel networks = model.networks();
        for (Network n : new Network[] {Network.X, Network.FACEBOOK, Network.INSTAGRAM}) {
            networks.uses(n).set(false);
        }
        networks.uses(Network.LINKEDIN).set(false);
        assertThat(networks.uses(Network.LINKEDIN).get()).isTrue();
        assertThat(networks.problem().get()).isEqualTo("Le bureau publie au moins sur un réseau : LinkedIn reste coché.");
        assertThat(session.posts().networks().used()).containsExactly(Network.LINKEDIN);
    }

    private Session reopen() throws Exception {
        model.dispose();
        session.close();
        return new Session(DataFile.open(dir.resolve("networks.db")), Editions.shipped(), Ridings.load());
    }

    @Test
    void theDropDownsListFollowsTheOfficesChoiceLiveAndOnUndo() {
        NetworksModel networks = model.networks();
        javafx.collections.ObservableList<Network> choices = networks.choices();
        assertThat(choices).startsWith(Network.X, Network.FACEBOOK, Network.INSTAGRAM, Network.LINKEDIN)
                .hasSize(Network.values().length);
        networks.uses(Network.BLUESKY).set(true);
        assertThat(networks.choices()).as("the same list, the one the drop-downs show").isSameAs(choices);
        assertThat(choices).startsWith(Network.X, Network.FACEBOOK, Network.INSTAGRAM, Network.LINKEDIN,
                Network.BLUESKY);
        networks.uses(Network.X).set(false);
        assertThat(choices).startsWith(Network.FACEBOOK, Network.INSTAGRAM, Network.LINKEDIN, Network.BLUESKY)
                .hasSize(Network.values().length);
        session.history().undo();
        assertThat(choices.get(0)).isEqualTo(Network.X);
    }
}
