package qc.trousse.ui.certificates;

import javafx.geometry.Bounds;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.certificates.render.FieldStyle;
import qc.trousse.i18n.Lang;
import qc.trousse.session.Session;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Dragging a field's box in the real window moves the field in the file, and Ctrl+Z puts it back. */
@ExtendWith(ApplicationExtension.class)
class DesignScreenTest {
    @TempDir
    static Path dir;
    private MainViewModel window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, dir.resolve("design-" + System.nanoTime() + ".db"),
                new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void draggingTheNameBoxMovesTheNameDownAndUndoMovesItBack(FxRobot robot) {
        Session session = window.session().get();
        FieldStyle before = session.certificateDesign().design().style(FieldId.NAME);
        robot.clickOn("#nav-certificate-design");
        Rectangle box = robot.lookup("#design-box-NAME").queryAs(Rectangle.class);
        Bounds b = box.localToScreen(box.getBoundsInLocal());
        robot.drag(b.getCenterX(), b.getCenterY()).dropTo(new javafx.geometry.Point2D(b.getCenterX(),
                b.getCenterY() + 60));
        WaitForAsyncUtils.waitForFxEvents();
        FieldStyle after = session.certificateDesign().design().style(FieldId.NAME);
        assertThat(after.y()).isGreaterThan(before.y() + 0.05);
        assertThat(after.x()).isCloseTo(before.x(), org.assertj.core.data.Offset.offset(0.01));
        robot.interact(window::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.certificateDesign().design().style(FieldId.NAME)).isEqualTo(before);
    }
}
