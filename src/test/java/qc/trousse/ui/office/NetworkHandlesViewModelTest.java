package qc.trousse.ui.office;

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
import qc.trousse.ui.ScriptedDialogs;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile screen's Bluesky, Threads and Mastodon fields: a wrong form is named on the field as it is typed. */
class NetworkHandlesViewModelTest {
    @TempDir
    Path dir;
    private Session session;
    private ProfileViewModel model;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("h.db")), Editions.shipped(), Ridings.load());
        model = new ProfileViewModel(session.office(), new ScriptedDialogs());
    }

    @AfterEach
    void close() {
        model.dispose();
        session.close();
    }

    @Test
    void eachNewAccountIsCheckedForItsNetworksForm() {
        model.text("mastodon").set("@MTremblay");
        assertThat(model.problem("mastodon").get()).startsWith("Compte Mastodon invalide").contains("@nom@serveur");
        model.text("mastodon").set("@MTremblay@mastodon.social");
        assertThat(model.problem("mastodon").get()).isEmpty();
        model.text("bluesky").set("mtremblay");
        assertThat(model.problem("bluesky").get()).startsWith("Compte Bluesky invalide");
        model.text("bluesky").set("mtremblay.bsky.social");
        assertThat(model.problem("bluesky").get()).isEmpty();
        model.text("threads").set("m tremblay");
        assertThat(model.problem("threads").get()).startsWith("Compte Threads invalide");
        var handles = session.office().profile().handles();
        assertThat(handles.mastodon()).isEqualTo("@MTremblay@mastodon.social");
        assertThat(handles.bluesky()).isEqualTo("mtremblay.bsky.social");
    }
}
