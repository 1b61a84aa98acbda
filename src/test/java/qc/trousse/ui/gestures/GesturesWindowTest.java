package qc.trousse.ui.gestures;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
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
import qc.trousse.campaign.Editions;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gestures screen through the real window: walk-through, board, checklist, undo, and the file reopened. */
@ExtendWith(ApplicationExtension.class)
class GesturesWindowTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 2, 19);
    private static final LocalDate THURSDAY = LocalDate.of(2020, 2, 20);
    private static final LocalDate FRIDAY = LocalDate.of(2020, 2, 21);
    @TempDir
    Path dir;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = dir.resolve("gestures.db");
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            s.office().update("staff", p -> p.withStaff(List.of("Julie Gagnon", "Karim Benali")));
        }
        WindowFixture.open(stage, file, new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void walkThroughThenBoardThenChecklistThenUndoThenReopen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-gestures");
        // An empty plan opens on the walk-through.
        assertThat(text(robot, "#wizard-heading")).isEqualTo("Étape 1 sur 4\u00a0: choisir les gestes");
        reveal(robot, "#pick-certificate");
        robot.clickOn("#pick-certificate");
        reveal(robot, "#pick-cocktail");
        robot.clickOn("#pick-cocktail");
        reveal(robot, "#wizard-next");
        robot.clickOn("#wizard-next");

        assertThat(text(robot, "#wizard-heading")).startsWith("Étape 2 sur 4");
        assertThat(robot.lookup("#slot-day-cocktail").queryAs(ComboBox.class).isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#slot-day-certificate").queryAs(ComboBox.class).setValue(WEDNESDAY));
        type(robot, "#slot-start-certificate", "13 h 30");
        type(robot, "#slot-end-certificate", "12:00");
        assertThat(text(robot, "#slot-problem-certificate")).isEqualTo("L’heure de fin doit venir après l’heure de début.");
        reveal(robot, "#wizard-next");
        robot.clickOn("#wizard-next");
        assertThat(text(robot, "#wizard-heading")).startsWith("Étape 2 sur 4");
        type(robot, "#slot-end-certificate", "14:30");
        reveal(robot, "#wizard-next");
        robot.clickOn("#wizard-next");

        assertThat(text(robot, "#wizard-heading")).startsWith("Étape 3 sur 4");
        type(robot, "#place-certificate", "École secondaire du Chêne-Bleu");
        robot.clickOn("#owner-certificate");
        robot.clickOn("Julie Gagnon");
        robot.interact(() -> robot.lookup("#owner-cocktail").queryAs(ComboBox.class).setValue("Karim Benali"));
        reveal(robot, "#wizard-next");
        robot.clickOn("#wizard-next");

        assertThat(text(robot, "#wizard-heading")).startsWith("Étape 4 sur 4");
        assertThat(robot.lookup("#review-list").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(2);
        reveal(robot, "#wizard-finish");
        robot.clickOn("#wizard-finish");

        // The board: the certificate ceremony on Wednesday, planned, 0 of 6 steps.
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-" + WEDNESDAY);
        assertThat(columnOf(robot, "#card-cocktail")).isEqualTo("column-2020-02-18");
        assertThat(text(robot, "#card-progress-certificate")).isEqualTo("0/6");
        assertThat(text(robot, "#card-owner-certificate")).isEqualTo("Julie Gagnon");
        assertThat(text(robot, "#card-time-certificate")).isEqualTo("13:30–14:30");

        // Drag the card to Thursday with the mouse.
        robot.drag("#card-certificate").dropTo("#column-" + THURSDAY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-" + THURSDAY);

        // And with the card's own day list, to Friday.
        robot.interact(() -> robot.lookup("#move-certificate").queryAs(ComboBox.class).setValue(FRIDAY));
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-" + FRIDAY);

        // Tick the first step of its checklist.
        robot.clickOn("#card-certificate");
        assertThat(text(robot, "#detail-title")).startsWith("Remise du certificat de reconnaissance");
        reveal(robot, "#item-0");
        robot.clickOn("#item-0");
        assertThat(text(robot, "#card-progress-certificate")).isEqualTo("1/6");

        // Undo the tick, then the move to Friday; redo the tick.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(text(robot, "#card-progress-certificate")).isEqualTo("0/6");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-" + THURSDAY);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-" + FRIDAY);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(text(robot, "#card-progress-certificate")).isEqualTo("1/6");
        robot.interact(() -> robot.lookup("#state-certificate").queryAs(ComboBox.class).setValue(GestureState.DONE));
        assertThat(robot.lookup("#card-certificate").query().getStyleClass()).contains("state-done");

        // The dashboard counts it.
        robot.clickOn("#nav-home");
        assertThat(text(robot, "#home-counts")).isEqualTo("2 gestes choisis · 1 planifié · 1 fait");

        // Close the window, reopen the file: everything is there.
        robot.interact(() -> stage.hide());
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            PlannedGesture cert = s.gestures().all().stream().filter(g -> g.gestureKey().equals("certificate"))
                    .findFirst().orElseThrow();
            assertThat(cert.day()).isEqualTo(FRIDAY);
            assertThat(cert.start()).isEqualTo(LocalTime.of(13, 30));
            assertThat(cert.end()).isEqualTo(LocalTime.of(14, 30));
            assertThat(cert.place()).isEqualTo("École secondaire du Chêne-Bleu");
            assertThat(cert.owner()).isEqualTo("Julie Gagnon");
            assertThat(cert.state()).isEqualTo(GestureState.DONE);
            assertThat(cert.doneItems()).isEqualTo(1);
            assertThat(s.gestures().on(LocalDate.of(2020, 2, 18))).extracting(PlannedGesture::owner)
                    .containsExactly("Karim Benali");
        }
        robot.interact(() -> WindowFixture.open(stage, file, new MemoryUserSettings(), Lang.FR));
        robot.clickOn("#nav-gestures");
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-" + FRIDAY);
        assertThat(text(robot, "#card-progress-certificate")).isEqualTo("1/6");
    }

    @Test
    void theDashboardFollowsTheSimulatedToday(FxRobot robot) {
        robot.clickOn("#nav-gestures");
        reveal(robot, "#pick-certificate");
        robot.clickOn("#pick-certificate");
        robot.clickOn("#nav-home");
        assertThat(text(robot, "#home-counts")).isEqualTo("1 geste choisi · aucun planifié · aucun fait");
        // Monday 17: the ceremony is that day, so its D-7, D-3 and D-1 steps are late, D0 ones due today.
        assertThat(text(robot, "#home-overdue")).isEqualTo("4 étapes en retard");
        assertThat(text(robot, "#home-due-today")).isEqualTo("2 étapes à faire aujourd’hui");
        assertThat(robot.lookup("#home-next").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(4);
        robot.interact(() -> robot.lookup("#home-today").queryAs(ComboBox.class).setValue(LocalDate.of(2020, 2, 18)));
        assertThat(text(robot, "#home-overdue")).isEqualTo("6 étapes en retard");
        assertThat(text(robot, "#home-due-today")).isEqualTo("Aucune étape à faire aujourd’hui");
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label l ? l.getText() : node instanceof CheckBox c ? c.getText()
                : ((TextField) node).getText();
    }

    private static String columnOf(FxRobot robot, String card) {
        return robot.lookup(card).query().getParent().getId();
    }

    /** Scrolls the screen so the node is in the window, as the user would before clicking it. */
    private static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node up = node;
            while (!(up instanceof javafx.scene.control.ScrollPane)) {
                up = up.getParent();
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) up;
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, y - 40) / room));
            scroll.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(text);
    }
}
