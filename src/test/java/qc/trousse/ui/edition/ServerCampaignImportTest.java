package qc.trousse.ui.edition;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.CampaignFile;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.ServerStore;
import qc.trousse.store.TestDatabase;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.ScriptedDialogs;
import qc.trousse.ui.SessionOpener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Fichier → Importer une campagne… on the office's real PostgreSQL database, with the staff's role. */
class ServerCampaignImportTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TestDatabase db;
    private MainViewModel main;

    @BeforeEach
    void openServer() throws Exception {
        I18n.setLanguage(Lang.FR);
        db = TestDatabase.fresh();
        ServerStore.open(db.owner()).close();
        Session session = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load());
        main = new MainViewModel(session, dialogs, new MemoryUserSettings(),
                new SessionOpener(dialogs, Editions.shipped(), Ridings.load()));
    }

    @AfterEach
    void drop() {
        main.close();
        db.close();
    }

    private Path received(String name, Map<String, String> changes) throws Exception {
        int year = main.session().get().edition().year();
        Path file = dir.resolve(name);
        Files.writeString(file, CampaignFile.parse(name, Editions.shipped().text(year).orElseThrow()).with(changes));
        return file;
    }

    @Test
    void aFaultyCampaignChangesNothingAndAConfirmedOneIsServedFromTheServer() throws Exception {
        int year = main.session().get().edition().year();
        dialogs.files.add(received("mauvais.properties", Map.of("start", year + "-02-16")));
        main.files().importCampaign();
        assertThat(dialogs.errors).singleElement().asString().contains("rien n’a été modifié", "«\u00a0start\u00a0»");
        assertThat(main.session().get().edition().ownText()).isEmpty();

        dialogs.files.add(received("officiel.properties", Map.of("slogan.fr", "Ensemble pour la réussite")));
        main.files().importCampaign();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(main.session().get().campaign().slogan().fr()).isEqualTo("Ensemble pour la réussite");
        try (Session other = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load())) {
            assertThat(other.campaign().slogan().fr()).isEqualTo("Ensemble pour la réussite");
        }
    }

    @Test
    void semaineDeLEditionIsWrittenOnTheServerAndUndone() throws Exception {
        main.editionWeek().open(form -> {
            form.theme().set("Ensemble pour la réussite");
            form.weekConfirmed().set(true);
            return form.revisedText();
        });
        assertThat(dialogs.errors).isEmpty();
        try (Session other = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load())) {
            assertThat(other.campaign().slogan().fr()).isEqualTo("Ensemble pour la réussite");
            assertThat(other.campaign().facts().weekConfirmed()).isTrue();
        }
        main.undo();
        assertThat(main.session().get().edition().ownText()).isEmpty();
        try (Session other = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load())) {
            assertThat(other.edition().ownText()).isEmpty();
        }
    }
}
