package qc.trousse.ui.certificates;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.certificates.render.CertificateDesign;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The style controls show the file's values without writing them back, and write what the person changes. */
@ExtendWith(ApplicationExtension.class)
class DesignStyleBindingTest {
    @TempDir
    static Path dir;
    private MainViewModel window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.open(stage, dir.resolve("style-" + System.nanoTime() + ".db"),
                new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void showingEachFieldsStyleWritesNothingAndAChangedSizeIsOneUndoableEdit(FxRobot robot) {
        CertificateDesign before = window.session().get().certificateDesign().design();
        robot.clickOn("#nav-certificate-design");
        ComboBox<FieldId> field = robot.lookup("#design-field").query();
        for (FieldId id : FieldId.values()) {
            robot.interact(() -> field.setValue(id));
        }
        robot.interact(() -> field.setValue(FieldId.NAME));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.canUndo().get()).isFalse();
        assertThat(window.session().get().certificateDesign().design()).isEqualTo(before);

        Spinner<Double> size = robot.lookup("#design-size").query();
        double shown = size.getValue();
        robot.interact(() -> size.getValueFactory().setValue(shown + 7));
        assertThat(window.session().get().certificateDesign().design().style(FieldId.NAME).size())
                .isEqualTo((float) (shown + 7));
        assertThat(window.canUndo().get()).isTrue();

        robot.interact(window::undo);
        WaitForAsyncUtils.waitForFxEvents();
        // the undone size is shown again, and showing it did not write it (the redo is still there)
        assertThat(size.getValue()).isEqualTo(shown);
        assertThat(window.canRedo().get()).isTrue();
        assertThat(window.session().get().certificateDesign().design()).isEqualTo(before);
    }
}
