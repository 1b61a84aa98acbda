package qc.trousse.ui.layout;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.certificates.Recipient;
import qc.trousse.cocktail.Guest;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change is saved at once, on the guest and recipient forms too (the demo week, 1280×800): a field of the
 * guest or recipient selected is in the file as soon as it is typed, with no button to press, one undo step puts
 * it back, and "Ajouter" stays "Ajouter", for a new one only.
 */
@ExtendWith(ApplicationExtension.class)
class SavedAtOnceWindowTest {
    @TempDir
    static Path dir;
    private Stage stage;
    private Path demo;
    private MainViewModel main;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        demo = Files.createTempFile(dir, "demo-", ".db");
        Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), demo, StandardCopyOption.REPLACE_EXISTING);
        main = WindowFixture.open(stage, demo, new MemoryUserSettings(), Lang.FR);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void aFieldOfTheGuestSelectedIsInTheFileAsSoonAsTypedAndOneUndoPutsItBack(FxRobot robot) throws Exception {
        go(robot, "cocktail");
        TableView<Guest> table = robot.lookup("#cocktail-guests").queryTableView();
        Guest chosen = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        Button add = robot.lookup("#guest-add").queryButton();
        assertThat(add.isVisible()).as("no button while a guest is edited").isFalse();
        assertThat(robot.lookup("#guest-saved-at-once").queryLabeled().isVisible()).isTrue();
        assertNothingCut(robot);

        TextField organisation = WindowFixture.reveal(robot, "#guest-organisation");
        robot.clickOn(organisation);
        robot.interact(() -> organisation.end());
        double page = scroll(organisation).getVvalue();
        robot.write(" (Rimouski)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll(organisation).getVvalue()).as("the page stays on the form being typed in").isEqualTo(page);
        assertThat(organisation.isFocused()).isTrue();
        String typed = chosen.organisation() + " (Rimouski)";
        assertThat(organisation.getText()).as("what is typed stays as typed").isEqualTo(typed);
        assertThat(inFile("SELECT organisation FROM cocktail_guest WHERE id = " + chosen.id())).isEqualTo(typed);
        assertThat(add.getText()).isEqualTo("Ajouter");

        // The eleven keystrokes are one undo step.
        robot.interact(main::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inFile("SELECT organisation FROM cocktail_guest WHERE id = " + chosen.id()))
                .isEqualTo(chosen.organisation());
        assertThat(organisation.getText()).isEqualTo(chosen.organisation());

        // An emptied name is not saved: the problem is said, and the file keeps the name.
        TextField name = robot.lookup("#guest-name").query();
        robot.interact(() -> name.setText(""));
        assertThat(robot.lookup("#guest-problem").queryLabeled().getText()).contains("Le nom est obligatoire.");
        assertThat(inFile("SELECT name FROM cocktail_guest WHERE id = " + chosen.id())).isEqualTo(chosen.name());
        robot.interact(() -> name.setText(chosen.name()));
        assertThat(robot.lookup("#guest-problem").queryLabeled().getText()).isEmpty();

        // Adding stays a flow of its own: "Nouvel invité", the fields, "Ajouter".
        robot.interact(() -> robot.lookup("#guest-new").queryButton().fire());
        assertThat(add.isVisible()).isTrue();
        int before = table.getItems().size();
        robot.interact(() -> name.setText("Zoé Zwicky"));
        robot.interact(add::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(before + 1);
        assertThat(inFile("SELECT count(*) FROM cocktail_guest WHERE name = 'Zoé Zwicky'")).isEqualTo("1");
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("Zoé Zwicky");
        assertThat(add.isVisible()).as("the guest just added is now edited in place").isFalse();
    }

    @Test
    void aFieldOfTheRecipientSelectedIsInTheFileAsSoonAsTypedAndOneUndoPutsItBack(FxRobot robot) throws Exception {
        go(robot, "recipients");
        TableView<Recipient> table = robot.lookup("#recipients-table").queryTableView();
        Recipient chosen = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        Button add = robot.lookup("#recipient-save").queryButton();
        assertThat(add.isVisible()).isFalse();
        assertThat(robot.lookup("#recipient-saved-at-once").queryLabeled().isVisible()).isTrue();
        assertNothingCut(robot);

        TextInputControl reason = WindowFixture.reveal(robot, "#recipient-reason");
        robot.clickOn(reason);
        robot.interact(() -> reason.end());
        robot.write(" et mentor");
        WaitForAsyncUtils.waitForFxEvents();
        String typed = chosen.reason() + " et mentor";
        assertThat(reason.getText()).isEqualTo(typed);
        assertThat(inFile("SELECT reason FROM recipient WHERE id = " + chosen.id())).isEqualTo(typed);

        robot.interact(main::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inFile("SELECT reason FROM recipient WHERE id = " + chosen.id())).isEqualTo(chosen.reason());
        assertThat(reason.getText()).isEqualTo(chosen.reason());

        robot.interact(() -> robot.lookup("#recipient-new").queryButton().fire());
        assertThat(add.isVisible()).isTrue();
        assertThat(add.getText()).isEqualTo("Ajouter");
        int before = table.getItems().size();
        TextField name = robot.lookup("#recipient-name").query();
        robot.interact(() -> name.setText("Zoé Zwicky"));
        robot.interact(add::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(before + 1);
        assertThat(inFile("SELECT count(*) FROM recipient WHERE name = 'Zoé Zwicky'")).isEqualTo("1");
    }

    @Test
    void inEnglishTheFormsOfTheOneSelectedCutNoText(FxRobot robot) {
        robot.interact(() -> qc.trousse.i18n.I18n.setLanguage(Lang.EN));
        go(robot, "cocktail");
        TableView<Guest> guests = robot.lookup("#cocktail-guests").queryTableView();
        robot.interact(() -> guests.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guest-saved-at-once").queryLabeled().getText()).startsWith("Each change is saved");
        assertNothingCut(robot);
        go(robot, "recipients");
        TableView<Recipient> recipients = robot.lookup("#recipients-table").queryTableView();
        robot.interact(() -> recipients.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#recipient-saved-at-once").queryLabeled().isVisible()).isTrue();
        assertNothingCut(robot);
    }

    private void go(FxRobot robot, String screen) {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#nav-" + screen)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The form of the one selected, with its line in place of "Ajouter", cuts no text at 1280×800. */
    private void assertNothingCut(FxRobot robot) {
        java.util.List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> cut.addAll(CutTexts.in(stage.getScene().getRoot())));
        assertThat(cut).isEmpty();
    }

    private static javafx.scene.control.ScrollPane scroll(javafx.scene.Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                return sp;
            }
        }
        throw new AssertionError("no scroll pane around " + node.getId());
    }

    /** Read on a connection of its own, as another program would: what the file holds, not what is shown. */
    private String inFile(String query) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + demo); var s = c.createStatement();
             var rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
