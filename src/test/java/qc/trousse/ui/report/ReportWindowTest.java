package qc.trousse.ui.report;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.i18n.Lang;
import qc.trousse.report.WeekFile;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Bilan screen in the real window: the preview is drawn off the FX thread and its pages turn. */
@ExtendWith(ApplicationExtension.class)
class ReportWindowTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("bilan.db");
        WeekFile.fill(file);
        WindowFixture.open(stage, file, new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void bilanScreenShowsThePreviewAndTurnsItsPages(FxRobot robot) throws Exception {
        robot.clickOn("#nav-report");
        ImageView page = robot.lookup("#report-page").queryAs(ImageView.class);
        Label label = robot.lookup("#report-page-label").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> page.getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#report-title").queryAs(Label.class).getText()).isEqualTo("Bilan de la semaine");
        assertThat(label.getText()).isEqualTo("Page 1 de 2");
        assertThat(page.getImage().getHeight()).isGreaterThan(page.getImage().getWidth());
        var first = page.getImage();
        robot.clickOn("#report-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label.getText()).isEqualTo("Page 2 de 2");
        assertThat(page.getImage()).isNotSameAs(first);

        @SuppressWarnings("unchecked")
        ComboBox<Lang> lang = robot.lookup("#report-lang").queryAs(ComboBox.class);
        var french = page.getImage();
        robot.interact(() -> lang.setValue(Lang.EN));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> page.getImage() != french
                && !robot.lookup("#report-progress").query().isVisible());
        assertThat(label.getText()).isEqualTo("Page 2 de 2");
        assertThat(robot.lookup("#report-export").query().isDisabled()).isFalse();
    }
}
