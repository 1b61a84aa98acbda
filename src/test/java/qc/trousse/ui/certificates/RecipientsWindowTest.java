package qc.trousse.ui.certificates;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.certificates.Recipient;
import qc.trousse.i18n.Lang;
import qc.trousse.importing.Corpus;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window: a list is imported through the preview, then a recipient is typed in and undone. */
@ExtendWith(ApplicationExtension.class)
class RecipientsWindowTest {
    @TempDir
    static Path dir;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = WindowFixture.open(stage, dir.resolve("window.db"), new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void importAListThroughThePreviewThenAddOneByHand(FxRobot robot) throws Exception {
        robot.clickOn("#nav-recipients");
        RecipientsView view = robot.lookup("#recipients-view").queryAs(RecipientsView.class);
        Path workbook = Corpus.workbook(dir);
        // The file chooser is the system's; the view-model is handed the file as the chooser would.
        robot.interact(() -> view.model().importer().load(workbook));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#import-summary").queryAs(Label.class).getText().isEmpty());

        assertThat(robot.lookup("#import-detected").queryAs(Label.class).getText())
                .isEqualTo("Détecté\u00a0: Classeur Excel (.xlsx)");
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("4 lignes valides, 1 ligne à corriger");
        TableView<?> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(4);
        assertThat(robot.lookup("#import-bad").queryAs(ListView.class).getItems())
                .containsExactly("Ligne 9\u00a0: nom manquant");

        // Unmap the organisation in the real ComboBox: the school's row loses its name and the preview follows.
        ComboBox<?> organisation = robot.lookup("#map-organisation").queryAs(ComboBox.class);
        robot.clickOn(organisation);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("(aucune)"))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("3 lignes valides, 2 lignes à corriger");
        Button go = robot.lookup("#import-go").queryAs(Button.class);
        assertThat(go.getText()).isEqualTo("Importer les 3 lignes valides");

        robot.clickOn(go);
        TableView<Recipient> table = robot.lookup("#recipients-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).extracting(Recipient::name).containsExactlyInAnyOrder(
                "ᐃᓄᒃᑎᑐᑦ Kanien'kehá:ka", "Nguyễn Thị Minh Khai", "Zoé Lemaître-Bœuf");
        assertThat(robot.lookup("#recipients-message").queryAs(Label.class).getText())
                .isEqualTo("3 récipiendaires importés de liste-ecole.xlsx.");

        robot.clickOn("#recipient-name").write("Marc Roy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#recipient-name").queryTextInputControl().getText()).isEqualTo("Marc Roy");
        assertThat(robot.lookup("#recipient-save").queryButton().isDisabled()).isFalse();
        robot.clickOn("#recipient-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(Recipient::name).contains("Marc Roy").hasSize(4);

        robot.clickOn("#recipients-search").write("nguyen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(Recipient::name).containsExactly("Nguyễn Thị Minh Khai");
        robot.doubleClickOn("#recipients-search").eraseText(6);

        // Ctrl+Z undoes the hand-typed one, then the whole import in one step.
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(3);
        robot.interact(main::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        assertThat(main.session().get().recipients().all()).isEmpty();
    }
}
