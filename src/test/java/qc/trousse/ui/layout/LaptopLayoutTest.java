package qc.trousse.ui.layout;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every screen of the demo week, in French and English, on a 1280×800 laptop: no text is cut. */
@ExtendWith(ApplicationExtension.class)
class LaptopLayoutTest {
    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowFixture.openDemoLaptop(stage, dir);
    }

    @Test
    void noScreenCutsATextInFrench(FxRobot robot) {
        assertThat(cutTexts(robot)).isEmpty();
    }

    @Test
    void noScreenCutsATextInEnglish(FxRobot robot) {
        robot.interact(() -> qc.trousse.i18n.I18n.setLanguage(Lang.EN));
        robot.clickOn("#nav-home");
        assertThat(cutTexts(robot)).isEmpty();
    }

    private List<String> cutTexts(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        EveryScreen.visit(robot, stage, screen ->
                robot.interact(() -> CutTexts.in(stage.getScene().getRoot()).forEach(t -> cut.add(screen + ": " + t))));
        // The door's list is empty until letters are typed: two that most organisations hold fill its rows.
        robot.clickOn("#nav-checkin");
        robot.clickOn("#checkin-search").write("de");
        assertThat(robot.lookup("#checkin-matches").queryListView().getItems()).isNotEmpty();
        robot.interact(() -> CutTexts.in(stage.getScene().getRoot()).forEach(t -> cut.add("checkin « de »: " + t)));
        return cut;
    }
}
