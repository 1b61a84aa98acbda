package qc.trousse.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import qc.trousse.i18n.Lang;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class HomeWindowTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        WindowFixture.open(stage, dir.resolve("home.db"), new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void homeShowsTheCampaignWeekInFrench(FxRobot robot) {
        robot.clickOn("#nav-home");
        assertThat(robot.lookup("#home-slogan").queryAs(Label.class).getText())
                .isEqualTo("Nos gestes, un + pour leur réussite!");
        assertThat(robot.lookup("#home-countdown").queryAs(Label.class).getText())
                .isEqualTo("Jour 1 sur 5 de la semaine.");
        assertThat(robot.lookup("#home-days").queryParent().getChildrenUnmodifiable()).isNotEmpty();
    }
}
