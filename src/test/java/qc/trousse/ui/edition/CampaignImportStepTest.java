package qc.trousse.ui.edition;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.CampaignFile;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.store.EditionFileMaker;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.ScriptedDialogs;
import qc.trousse.ui.SessionOpener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Fichier → Importer une campagne… on a real 2027 file: confirmed, then every screen reads the new campaign. */
class CampaignImportStepTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel main;

    @BeforeEach
    void open2027() throws Exception {
        I18n.setLanguage(Lang.FR);
        Path data = dir.resolve("bureau-2027.db");
        EditionFileMaker.make(data, new EditionFileMaker.Plan(2027, "", Optional.empty(), Set.of()));
        SessionOpener opener = new SessionOpener(dialogs, Editions.shipped(), Ridings.load());
        main = new MainViewModel(opener.open(data), dialogs, new MemoryUserSettings(), opener);
    }

    private Path received(Map<String, String> changes) throws Exception {
        Path file = dir.resolve("campagne-2027.properties");
        Files.writeString(file, CampaignFile.parse("x", Editions.shipped().text(2027).orElseThrow()).with(changes));
        return file;
    }

    @Test
    void aConfirmedCampaignIsWrittenAndTheReopenedFileServesIt() throws Exception {
        dialogs.files.add(received(Map.of("slogan.fr", "Ensemble pour la réussite", "week.confirmed", "yes")));
        main.files().importCampaign();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.questions).singleElement().asString()
                .contains("campagne-2027.properties", "du 15 au 19 février 2027", "Ensemble pour la réussite")
                .doesNotContain("à confirmer");
        assertThat(main.session().get().campaign().slogan().fr()).isEqualTo("Ensemble pour la réussite");
        assertThat(main.session().get().edition().ownText()).isNotEmpty();
        main.close();
    }

    @Test
    void aDeclinedOrFaultyCampaignChangesNothing() throws Exception {
        dialogs.confirmAnswer = false;
        dialogs.files.add(received(Map.of("slogan.fr", "Ensemble")));
        main.files().importCampaign();
        assertThat(main.session().get().campaign().themeKnown()).isFalse();

        dialogs.confirmAnswer = true;
        Path faulty = received(Map.of("start", "2027-02-16", "cocktail.hours", "19:00-17:00"));
        dialogs.files.add(faulty);
        main.files().importCampaign();
        int line = Files.readAllLines(faulty).indexOf("start=2027-02-16") + 1;
        assertThat(dialogs.errors).singleElement().asString().contains("rien n’a été modifié",
                "ligne " + line + ", clé «\u00a0start\u00a0»", "«\u00a0cocktail.hours\u00a0»");
        assertThat(dialogs.questions).hasSize(1);
        assertThat(main.session().get().edition().ownText()).isEmpty();
        main.close();
    }
}
