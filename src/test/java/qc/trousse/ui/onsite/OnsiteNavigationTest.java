package qc.trousse.ui.onsite;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window lists « Sur place » and « Modèle de certificat » and opens them. */
@ExtendWith(ApplicationExtension.class)
class OnsiteNavigationTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        WindowFixture.open(stage, dir.resolve("nav.db"), new MemoryUserSettings(), Lang.FR);
    }

    private static boolean selected(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ToggleButton.class).isSelected();
    }

    private static boolean titled(FxRobot robot, String view, String title) {
        return robot.lookup(view + " .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> title.equals(l.getText()));
    }

    @Test
    void bothCertificateScreensOpenFromTheSidebar(FxRobot robot) {
        assertThat(robot.lookup("#nav-onsite").queryAs(ToggleButton.class).getText()).isEqualTo("Sur place");
        assertThat(robot.lookup("#nav-certificate-design").queryAs(ToggleButton.class).getText())
                .isEqualTo("Modèle de certificat");

        robot.clickOn("#nav-onsite");
        assertThat(selected(robot, "#nav-onsite")).isTrue();
        assertThat(titled(robot, "#onsite-view", "Sur place\u00a0: un certificat en une minute")).isTrue();
        assertThat(robot.lookup("#onsite-name").tryQuery()).isPresent();
        assertThat(robot.lookup("#onsite-print").queryAs(Button.class).isDisabled())
                .as("nothing to print before a name is typed").isTrue();

        robot.clickOn("#nav-certificate-design");
        assertThat(selected(robot, "#nav-certificate-design")).isTrue();
        assertThat(selected(robot, "#nav-onsite")).isFalse();
        assertThat(robot.lookup("#onsite-view").tryQuery()).as("the screen left is gone").isEmpty();
        assertThat(titled(robot, "#design-view", "Modèle de certificat")).isTrue();
        assertThat(robot.lookup("#design-overlay").tryQuery()).isPresent();
    }
}
