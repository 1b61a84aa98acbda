package qc.trousse.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.store.DataFile;
import qc.trousse.store.ProfileRepository;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MemoryUserSettings settings = new MemoryUserSettings();
    private MainViewModel model;

    @BeforeEach
    void open() throws Exception {
        SessionOpener opener = new SessionOpener(dialogs, Editions.shipped(), Ridings.load());
        model = new MainViewModel(opener.open(dir.resolve("bureau.db")), dialogs, settings, opener);
    }

    @AfterEach
    void close() {
        model.close();
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void undoTextNamesTheEditAndFollowsTheLanguage() {
        model.session().get().office().update("mnaName", p -> p.withMnaName("Léa"));
        assertThat(model.canUndo().get()).isTrue();
        assertThat(model.undoText().get()).isEqualTo("Annuler\u00a0: nom du ou de la député·e");
        model.switchLanguage(Lang.EN);
        assertThat(model.undoText().get()).isEqualTo("Undo: MNA's name");
        assertThat(settings.language()).contains(Lang.EN);
        model.undo();
        assertThat(model.canRedo().get()).isTrue();
    }

    @Test
    void saveCopyWritesAFileThatOpensWithTheSameProfile() throws Exception {
        model.session().get().office().update("mnaName", p -> p.withMnaName("Sophie Roy"));
        Path copy = dir.resolve("cle/copie.db");
        Files.createDirectories(copy.getParent());
        dialogs.files.add(copy);
        model.files().saveCopy();
        assertThat(model.status().get()).contains("copie.db");
        try (DataFile file = DataFile.open(copy)) {
            assertThat(new ProfileRepository(file).load().mnaName()).isEqualTo("Sophie Roy");
        }
    }

    @Test
    void openingAnotherFileSwitchesAndRemembersItAmongRecentFiles() {
        Path other = dir.resolve("autre.db");
        dialogs.files.add(other);
        model.files().newFile();
        assertThat(model.session().get().path()).isEqualTo(other);
        assertThat(model.recentFiles()).startsWith(other, dir.resolve("bureau.db"));
        model.openPath(dir.resolve("bureau.db"));
        assertThat(model.session().get().path()).isEqualTo(dir.resolve("bureau.db"));
    }

    @Test
    void openingATextFileIsRefusedAndTheCurrentFileStaysOpen() throws Exception {
        Path text = Files.writeString(dir.resolve("liste.db"), "Nom;Prénom");
        dialogs.files.add(text);
        model.files().open();
        assertThat(dialogs.errors).singleElement().asString().contains("liste.db");
        assertThat(model.session().get().path()).isEqualTo(dir.resolve("bureau.db"));
        assertThat(Files.readString(text)).isEqualTo("Nom;Prénom");
    }

    @Test
    void newFileRefusesAnExistingFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("existe.db"), "x");
        dialogs.files.add(existing);
        model.files().newFile();
        assertThat(dialogs.errors).singleElement().asString().contains("existe.db");
        assertThat(Files.readString(existing)).isEqualTo("x");
    }
}
