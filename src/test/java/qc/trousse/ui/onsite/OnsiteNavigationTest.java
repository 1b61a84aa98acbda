package qc.trousse.ui.onsite;

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

    @Test
    void bothCertificateScreensOpenFromTheSidebar(FxRobot robot) {
        robot.clickOn("#nav-onsite");
        assertThat(robot.lookup("#onsite-name").tryQuery()).isPresent();
        robot.clickOn("#nav-certificate-design");
        assertThat(robot.lookup("#design-overlay").tryQuery()).isPresent();
    }
}
