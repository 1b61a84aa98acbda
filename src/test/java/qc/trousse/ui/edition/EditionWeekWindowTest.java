package qc.trousse.ui.edition;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.campaign.Editions;
import qc.trousse.cli.CliRun;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Semaine de l'édition… in the real window at 1280×800, on a 2027 file whose week is only proposed: the office
 * moves it a week later, the board shows the new Monday to Friday and the file holds it; undo puts it back.
 */
@ExtendWith(ApplicationExtension.class)
class EditionWeekWindowTest {
    @TempDir
    static Path dir;
    private MainViewModel main;
    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("bureau-2027.db");
        assertThat(CliRun.of("--data", file.toString(), "edition", "new", "--year", "2027").exit()).isZero();
        main = WindowFixture.open(stage, file, new MemoryUserSettings(), Lang.FR);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void theOfficeMovesTheProposedWeekAndUndoPutsItBack(FxRobot robot) throws Exception {
        robot.clickOn("#nav-home").clickOn("#home-edition-week");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#edition-week-save").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#edition-week-first-day").queryTextInputControl().getText())
                .isEqualTo("15 févr. 2027");
        assertThat(robot.lookup("#edition-week-confirmed").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()).isFalse();

        // A Tuesday is refused on the spot, the field named; Save waits for a Monday.
        robot.doubleClickOn("#edition-week-first-day").eraseText(20).write("16 févr. 2027");
        assertThat(robot.lookup("#edition-week-problem").queryAs(Label.class).getText())
                .startsWith("Premier jour (lundi) : mardi 16 février 2027 n’est pas un lundi");
        assertThat(robot.lookup("#edition-week-save").query().isDisabled()).isTrue();

        robot.doubleClickOn("#edition-week-first-day").eraseText(20).write("22 févr. 2027");
        robot.doubleClickOn("#edition-week-assembly-day").eraseText(20).write("23 févr. 2027");
        robot.clickOn("#edition-week-confirmed").clickOn("#edition-week-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.session().get().campaign().start()
                .equals(LocalDate.of(2027, 2, 22)));

        robot.clickOn("#nav-gestures").clickOn("#tab-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#column-2027-02-26").tryQuery()
                .isPresent());
        assertThat(robot.lookup(".day-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("lundi 22 février", "vendredi 26 février").doesNotContain("lundi 15 février");
        assertThat(main.session().get().cocktail().event().date()).isEqualTo(LocalDate.of(2027, 2, 23));
        assertThat(main.undoText().get()).contains("la semaine de l’édition");

        // The screens are rebuilt on the week put back; an empty week opens on its walk-through again.
        robot.clickOn("#menu-edit").clickOn("#menu-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.session().get().campaign().start()
                .equals(LocalDate.of(2027, 2, 15)));
        robot.clickOn("#tab-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#column-2027-02-19").tryQuery()
                .isPresent());
        assertThat(robot.lookup(".day-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("lundi 15 février", "vendredi 19 février").doesNotContain("lundi 22 février");
        assertThat(main.session().get().campaign().facts().weekConfirmed()).isFalse();
        assertThat(main.session().get().edition().ownText()).isEmpty();

        robot.clickOn("#menu-edit").clickOn("#menu-redo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.session().get().campaign().start()
                .equals(LocalDate.of(2027, 2, 22)));
        robot.clickOn("#tab-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#column-2027-02-26").tryQuery()
                .isPresent());
        main.close();
        try (Session reopened = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            assertThat(reopened.campaign().start()).isEqualTo(LocalDate.of(2027, 2, 22));
            assertThat(reopened.campaign().facts().weekConfirmed()).isTrue();
        }
    }
}
