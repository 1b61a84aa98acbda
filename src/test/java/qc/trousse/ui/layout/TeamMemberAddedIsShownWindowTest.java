package qc.trousse.ui.layout;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Add from where you are, on the profile: with a team far longer than its list shows (the demo week, 1280×800),
 * a member just added is selected and its row is on screen, inside the list and inside the window; typing a
 * member already far up the list shows that one.
 */
@ExtendWith(ApplicationExtension.class)
class TeamMemberAddedIsShownWindowTest {
    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowFixture.openDemoLaptop(stage, dir);
    }

    @Test
    void aMemberJustAddedToALongTeamIsSelectedAndOnScreen(FxRobot robot) {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#nav-profile")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> list = robot.lookup("#staff-list").queryListView();
        String first = list.getItems().get(0);
        for (int i = 1; i <= 30; i++) {
            add(robot, String.format("Membre %02d de l’équipe", i));
        }
        assertThat(list.getItems()).hasSizeGreaterThan(30);
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo("Membre 30 de l’équipe");
        assertShown(robot, list, "Membre 30 de l’équipe");

        // The first member, typed again, is not added twice: it is chosen and scrolled back to.
        add(robot, first);
        assertThat(list.getItems()).filteredOn(first::equals).hasSize(1);
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(first);
        assertShown(robot, list, first);
    }

    private void add(FxRobot robot, String name) {
        TextField field = robot.lookup("#staff-new").query();
        Button add = robot.lookup("#staff-add").queryButton();
        robot.interact(() -> {
            field.setText(name);
            add.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A visible cell of the list shows the text, and it lies inside the list and inside the window. */
    private void assertShown(FxRobot robot, ListView<String> list, String text) {
        java.util.function.Predicate<Node> showing = n -> n instanceof IndexedCell<?> c && c.isVisible()
                && !c.isEmpty() && text.equals(c.getText()) && inside(c, list);
        try {
            // The list lays its cells out on the next pulses: wait for them (TestFX waits, no sleep).
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(list).lookup(showing).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError(text + " is not in a visible cell of the team list", e);
        }
        Bounds b = robot.from(list).lookup(showing).query().localToScene(
                robot.from(list).lookup(showing).query().getLayoutBounds());
        assertThat(b.getMinY()).as("%s inside the window", text).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxY()).as("%s inside the window", text).isLessThanOrEqualTo(stage.getScene().getHeight());
    }

    private static boolean inside(Node cell, ListView<?> list) {
        Bounds inner = list.localToScene(list.getLayoutBounds());
        Bounds b = cell.localToScene(cell.getLayoutBounds());
        return b.getMinY() >= inner.getMinY() - 1 && b.getMaxY() <= inner.getMaxY() + 1;
    }
}
