package qc.trousse.ui;

import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.store.DataFile;
import qc.trousse.store.ProfileRepository;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The first run of an office, driven through the real window. */
@ExtendWith(ApplicationExtension.class)
class ProfileWindowTest {
    @TempDir
    Path dir;
    private Stage stage;
    private final MemoryUserSettings settings = new MemoryUserSettings();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Path data() {
        return dir.resolve("bureau.db");
    }

    private void openWindow(FxRobot robot, Lang lang) {
        robot.interact(() -> WindowFixture.open(stage, data(), settings, lang));
    }

    /** Focuses a field the way Tab would, which scrolls it into view, so the robot can reach it. */
    static void focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        robot.clickOn(query);
    }

    private void fillFirstRun(FxRobot robot) {
        robot.clickOn("#field-mnaName").write("Marie-Ève Tremblay");
        robot.clickOn("#riding-search").write("anjou louis");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Anjou–Louis-Riel  ·  Montréal");
    }

    @Test
    void firstRunOpensTheProfileFillsItAndARestartFindsItAgain(FxRobot robot) throws Exception {
        openWindow(robot, Lang.FR);
        assertThat(robot.lookup("#profile-view").tryQuery()).isPresent();
        fillFirstRun(robot);
        assertThat(robot.lookup("#riding-chosen").queryAs(Label.class).getText()).startsWith("Anjou–Louis-Riel");
        assertThat(robot.lookup("#field-region").queryAs(ComboBox.class).getValue()).isEqualTo("Montréal");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("enregistrées");

        robot.interact(stage::close);
        try (DataFile file = DataFile.open(data())) {
            assertThat(new ProfileRepository(file).load().mnaName()).isEqualTo("Marie-Ève Tremblay");
        }
        openWindow(robot, Lang.FR);
        assertThat(robot.lookup("#home-view").tryQuery()).as("a complete profile opens on Accueil").isPresent();
        assertThat(robot.lookup("#home-greeting").queryAs(Label.class).getText())
                .contains("Marie-Ève Tremblay", "Anjou–Louis-Riel");
        robot.clickOn("#nav-profile");
        assertThat(robot.lookup("#field-mnaName").queryAs(TextField.class).getText()).isEqualTo("Marie-Ève Tremblay");
    }

    @Test
    void ctrlZUndoesTheLastEditAndCtrlYRedoesIt(FxRobot robot) {
        openWindow(robot, Lang.FR);
        fillFirstRun(robot);
        focus(robot, "#field-phone");
        robot.write("418 555-0123");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(robot.lookup("#field-phone").queryAs(TextField.class).getText()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(robot.lookup("#riding-chosen").queryAs(Label.class).getText())
                .isEqualTo("Aucune circonscription choisie");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(robot.lookup("#field-phone").queryAs(TextField.class).getText()).isEqualTo("418 555-0123");
        assertThat(robot.lookup("#field-region").queryAs(ComboBox.class).getValue()).isEqualTo("Montréal");
    }

    @Test
    void undoStillWorksAfterTheWindowIsRebuiltInEnglish(FxRobot robot) {
        openWindow(robot, Lang.FR);
        robot.clickOn("#field-mnaName").write("Jean Roy");
        robot.clickOn("#menu-view").clickOn("#menu-lang-en");
        assertThat(robot.lookup("#nav-profile").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .isEqualTo("Office profile");
        assertThat(robot.lookup("MNA's name").tryQuery()).isPresent();
        assertThat(settings.language()).contains(Lang.EN);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(robot.lookup("#field-mnaName").queryAs(TextField.class).getText()).isEmpty();
        robot.clickOn("#menu-view").clickOn("#menu-lang-fr");
        assertThat(robot.lookup("Nom du ou de la député·e").tryQuery()).isPresent();
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void aSecondWindowOnTheSameFileIsToldItIsOpenAndGivesUp(FxRobot robot) throws Exception {
        openWindow(robot, Lang.FR);
        AtomicReference<Optional<MainViewModel>> second = new AtomicReference<>();
        Platform.runLater(() -> second.set(AppAssembly.show(new Stage(), data(), new MemoryUserSettings(),
                Optional.of(Lang.FR), WindowFixture.CAMPAIGN_MONDAY)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dialog-message").tryQuery().isPresent());
        assertThat(robot.lookup("#dialog-message").queryAs(Label.class).getText())
                .contains("bureau.db", "déjà ouvert", "n’a pas été modifié");
        // The dialog's buttons are laid out a pulse after its text: wait until "Quitter" can be seen and clicked.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Quitter").tryQuery()
                .filter(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow().isShowing()
                        && n.getLayoutBounds().getWidth() > 0)
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Quitter");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> second.get() != null);
        assertThat(second.get()).isEmpty();
    }
}
