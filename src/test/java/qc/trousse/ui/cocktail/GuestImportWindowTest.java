package qc.trousse.ui.cocktail;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.cocktail.GuestFiles;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A guest list imported from the cocktail screen of the real window, through the shared preview. */
@ExtendWith(ApplicationExtension.class)
class GuestImportWindowTest {
    @TempDir
    static Path dir;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = WindowFixture.open(stage, dir.resolve("invites-" + System.nanoTime() + ".db"),
                new MemoryUserSettings(), Lang.FR);
    }

    /** Visible on screen: itself and every parent. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void importAWorkbookOfGuestsAndSeeTheCountChange(FxRobot robot) throws Exception {
        robot.clickOn("#nav-cocktail");
        assertThat(text(robot, "#cocktail-not-answered")).isEqualTo("Tous les invités ont répondu");
        Button button = WindowFixture.reveal(robot, "#guest-import");
        assertThat(button.getText()).isEqualTo("Importer des invités…");

        CocktailViewModel model = robot.lookup("#cocktail-view").queryAs(CocktailView.class).model();
        Path workbook = GuestFiles.workbook(dir);
        // The real window's file chooser is the system's; the file it would return is handed over here.
        robot.interact(() -> model.importer().load(workbook));
        // Reading runs in the background: wait until its preview, bad rows included, is on screen.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot.lookup("#import-go").query())
                && !model.importer().reading().get()
                && robot.lookup("#import-bad").tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        // The preview takes the screen's place: the guest list and its buttons are out of sight meanwhile.
        assertThat(shown(button)).isFalse();
        assertThat(text(robot, "#import-detected")).contains("Excel");
        ListView<?> bad = robot.lookup("#import-bad").queryAs(ListView.class);
        assertThat(bad.getItems()).extracting(Object::toString)
                .containsExactly("Ligne 6\u00a0: nom manquant",
                        "Ligne 8\u00a0: courriel illisible «\u00a0pas-un-courriel\u00a0» (ex.\u00a0: nom@domaine.ca)");
        TableView<?> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(3);
        Button go = WindowFixture.reveal(robot, "#import-go");
        assertThat(go.getText()).isEqualTo("Importer les 3 invités valides");

        robot.clickOn(go);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.importer().active().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(button)).isTrue();
        assertThat(text(robot, "#cocktail-not-answered")).isEqualTo("3 invités sans réponse");
        assertThat(text(robot, "#cocktail-import-message")).isEqualTo("3 invités importés de invites.xlsx.");
        TableView<?> guests = robot.lookup("#cocktail-guests").queryAs(TableView.class);
        assertThat(guests.getItems()).hasSize(3);

        robot.interact(main::undo);
        assertThat(text(robot, "#cocktail-not-answered")).isEqualTo("Tous les invités ont répondu");
        assertThat(guests.getItems()).isEmpty();
    }

    @Test
    void cancelDuringTheWriteImportsNothing(FxRobot robot) throws Exception {
        robot.clickOn("#nav-cocktail");
        CocktailViewModel model = robot.lookup("#cocktail-view").queryAs(CocktailView.class).model();
        Path workbook = GuestFiles.workbook(dir);
        robot.interact(() -> model.importer().load(workbook));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot.lookup("#import-go").query())
                && !model.importer().reading().get());
        var store = main.session().get().file();
        Button go = WindowFixture.reveal(robot, "#import-go");
        // The file is held (as a slow disk or the office's server would hold it) so the write is caught under way.
        synchronized (store) {
            robot.clickOn(go);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.importer().writing().get()
                    && shown(robot.lookup("#import-writing").query()));
            robot.clickOn("#import-back");
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.importer().writing().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#cocktail-import-message")).isEqualTo(
                "Import de invites.xlsx annulé\u00a0: rien n’a été ajouté, le fichier est tel qu’il était.");
        assertThat(model.importer().active().get()).as("the preview stays, to import again").isTrue();
        assertThat(new qc.trousse.store.CocktailRepository(store).guests()).as("guests in the file").isEmpty();
        assertThat(main.session().get().guests().all()).isEmpty();
        assertThat(main.session().get().recipients().all()).isEmpty();
        assertThat(main.session().get().history().canUndo()).isFalse();
    }
}
