package qc.trousse.ui.edition;

import javafx.scene.Node;
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
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Fichier → Nouvelle édition… in the real window: a 2020 file makes its 2027 file, which the window opens. */
@ExtendWith(ApplicationExtension.class)
class NewEditionWindowTest {
    @TempDir
    static Path dir;
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = WindowFixture.open(stage, dir.resolve("bureau-2020.db"), new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void a2020OfficeMakesIts2027FileAndTheWindowShowsThe2027Week(FxRobot robot) throws Exception {
        robot.clickOn("#menu-file").clickOn("#menu-new-edition");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#new-edition-create").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#new-edition-first-day").queryTextInputControl().getText()).isEqualTo("2027-02-15");
        assertThat(robot.lookup("#new-edition-week-note").queryAs(Label.class).getText()).isEqualTo("à confirmer");
        assertThat(robot.lookup("#new-edition-hashtag").queryTextInputControl().getText()).isEqualTo("#JPS2027");
        assertThat(robot.lookup("#new-edition-target").queryTextInputControl().getText())
                .isEqualTo(dir.resolve("bureau-2027.db").toString());
        robot.clickOn("#new-edition-create");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.session().get().edition().year() == 2027);
        // The window closed the 2020 file when it opened the new one: it is still the 2020 edition's.
        try (Session old = new Session(DataFile.open(dir.resolve("bureau-2020.db")), Editions.shipped(),
                Ridings.load())) {
            assertThat(old.edition().year()).isEqualTo(2020);
        }
        assertThat(stage.getTitle()).contains("JPS 2027", "bureau-2027.db");

        robot.clickOn("#nav-gestures");
        // An empty week opens on the walk-through; the board is the other tab.
        robot.clickOn("#tab-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#column-2027-02-19").tryQuery()
                .isPresent());
        assertThat(robot.lookup(".day-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("lundi 15 février", "vendredi 19 février");
        assertThat(robot.lookup("#column-2027-02-15").tryQuery()).isPresent();
        assertThat(robot.lookup("#tab-board").queryLabeled().getText()).isEqualTo("Semaine du 15 au 19 février");

        robot.clickOn("#nav-certificate-design");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            Node preview = robot.lookup("#design-preview").query();
            String text = preview.getAccessibleText();
            return text != null && !text.isEmpty();
        });
        String text = robot.lookup("#design-preview").query().getAccessibleText();
        assertThat(text).contains("2027", "#JPS2027").doesNotContain("2020");
    }
}
