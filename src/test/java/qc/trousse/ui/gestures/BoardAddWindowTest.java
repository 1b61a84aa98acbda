package qc.trousse.ui.gestures;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real window at 1280×800, on the demo week: a gesture typed in the board's add row lands on the
 * board, on the week's first day, chosen, with its detail brought into the window — no walk-through needed.
 */
@ExtendWith(ApplicationExtension.class)
class BoardAddWindowTest {
    private static final String TITLE = "Visite au club de lecture";
    @TempDir
    Path dir;
    private Stage stage;
    private MainViewModel main;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path demo = dir.resolve("semaine.db");
        Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), demo, StandardCopyOption.REPLACE_EXISTING);
        main = WindowFixture.open(stage, demo, new MemoryUserSettings(), Lang.FR);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void aGestureAddedFromTheBoardIsOnTheBoardChosenAndInView(FxRobot robot) {
        robot.clickOn("#nav-gestures");
        robot.clickOn("#tab-board");
        var before = main.session().get().gestures().all().stream().map(PlannedGesture::id).toList();
        assertInWindow(robot.lookup("#board-add").query());

        robot.clickOn("#board-new-title").write(TITLE);
        robot.clickOn("#board-add");
        WaitForAsyncUtils.waitForFxEvents();

        var gestures = main.session().get().gestures().all();
        assertThat(gestures).hasSize(before.size() + 1);
        PlannedGesture added = gestures.stream().filter(g -> !before.contains(g.id())).findFirst().orElseThrow();
        assertThat(added.day()).isEqualTo(LocalDate.of(2020, 2, 17));
        Node card = robot.lookup("#card-" + GesturesView.idOf(added)).query();
        assertThat(card.getParent().getId()).isEqualTo("column-2020-02-17");
        assertThat(((VBox) card).getChildren()).filteredOn(n -> n instanceof Label)
                .extracting(n -> ((Label) n).getText()).contains(TITLE);
        assertThat(card.getPseudoClassStates()).extracting(Object::toString).contains("selected");
        Label detail = robot.lookup("#detail-title").queryAs(Label.class);
        assertThat(detail.getText()).startsWith(TITLE + " — ");
        assertInWindow(detail);
        assertThat(robot.lookup("#board-new-title").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#board-add-problem").queryAs(Label.class).getText()).isEmpty();
    }

    private void assertInWindow(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        assertThat(b.getMinX()).as(node.getId() + " left").isGreaterThanOrEqualTo(0);
        assertThat(b.getMinY()).as(node.getId() + " top").isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).as(node.getId() + " right").isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(b.getMaxY()).as(node.getId() + " bottom").isLessThanOrEqualTo(stage.getScene().getHeight());
    }
}
