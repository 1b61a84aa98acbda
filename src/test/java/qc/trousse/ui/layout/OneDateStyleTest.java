package qc.trousse.ui.layout;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen of the demo week, in French and English, writes its dates for people (« 17 févr. 2020 »,
 * « lundi 17 février »), never as a program's ISO date: no 2020-02-17 in any label, cell, button or field.
 */
@ExtendWith(ApplicationExtension.class)
class OneDateStyleTest {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowFixture.openDemoLaptop(stage, dir);
    }

    @Test
    void noScreenShowsAnIsoDateInFrench(FxRobot robot) {
        assertThat(isoDates(robot)).isEmpty();
    }

    @Test
    void noScreenShowsAnIsoDateInEnglish(FxRobot robot) {
        robot.interact(() -> I18n.setLanguage(Lang.EN));
        robot.clickOn("#nav-home");
        assertThat(isoDates(robot)).isEmpty();
    }

    private List<String> isoDates(FxRobot robot) {
        List<String> found = new ArrayList<>();
        EveryScreen.visit(robot, stage, screen -> {
            // A row chosen in each table, so the forms beside them show their dates too.
            robot.interact(() -> stage.getScene().getRoot().lookupAll(".table-view").forEach(t -> {
                TableView<?> table = (TableView<?>) t;
                if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            }));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> collect(stage.getScene().getRoot(), screen, found));
        });
        return found;
    }

    private static void collect(Node node, String screen, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        String text = node instanceof Labeled l ? l.getText() : node instanceof TextInputControl t ? t.getText() : null;
        if (text != null && ISO.matcher(text).find()) {
            found.add(screen + " " + node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                    + ": " + text);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, screen, found));
        }
    }
}
