package qc.trousse.ui.layout;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.cocktail.Guest;
import qc.trousse.certificates.Recipient;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Add from where you are: on the demo week at 1280×800, a guest and a recipient just added is
 * selected and its row is on screen, inside its list and inside the window, without scrolling by hand.
 */
@ExtendWith(ApplicationExtension.class)
class AddedIsShownWindowTest {
    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowFixture.openDemoLaptop(stage, dir);
    }

    @Test
    void aGuestJustAddedIsSelectedAndOnScreen(FxRobot robot) {
        go(robot, "cocktail");
        robot.interact(() -> robot.lookup("#guest-new").queryButton().fire());
        type(robot, "#guest-name", "Zoé Zwicky");
        type(robot, "#guest-organisation", "Chambre de commerce");
        robot.interact(() -> robot.lookup("#guest-add").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Guest> table = robot.lookup("#cocktail-guests").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("Zoé Zwicky");
        assertShown(robot, table, "Zoé Zwicky");
    }

    @Test
    void aRecipientJustAddedIsSelectedAndOnScreen(FxRobot robot) {
        go(robot, "recipients");
        robot.interact(() -> robot.lookup("#recipient-new").queryButton().fire());
        type(robot, "#recipient-name", "Zoé Zwicky");
        robot.interact(() -> robot.lookup("#recipient-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Recipient> table = robot.lookup("#recipients-table").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("Zoé Zwicky");
        assertShown(robot, table, "Zoé Zwicky");
    }

    private void go(FxRobot robot, String screen) {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#nav-" + screen)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).query();
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    /** A visible cell of the control shows the text, and it lies inside the control and inside the window. */
    private void assertShown(FxRobot robot, Control control, String text) {
        java.util.function.Predicate<Node> showing = n -> n instanceof IndexedCell<?> c && c.isVisible()
                && !c.isEmpty() && (text.equals(c.getText()) || c.getChildrenUnmodifiable().stream()
                .anyMatch(k -> k instanceof javafx.scene.control.Labeled l && text.equals(l.getText())));
        // The list lays its cells out on the next pulses: wait for them (TestFX waits, no sleep).
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.from(control).lookup(showing).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(text + " is not in a visible cell of " + control.getId(), e);
        }
        Bounds inner = control.localToScene(control.getLayoutBounds());
        Node cell = robot.from(control).lookup(showing).query();
        assertThat(cell).as("a cell showing %s", text).isNotNull();
        Bounds b = cell.localToScene(cell.getLayoutBounds());
        assertThat(b.getMinY()).as("%s inside its list", text).isGreaterThanOrEqualTo(inner.getMinY() - 1);
        assertThat(b.getMaxY()).as("%s inside its list", text).isLessThanOrEqualTo(inner.getMaxY() + 1);
        assertThat(b.getMinY()).as("%s inside the window", text).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxY()).as("%s inside the window", text).isLessThanOrEqualTo(stage.getScene().getHeight());
    }
}
