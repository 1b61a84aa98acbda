package qc.trousse.ui.checkin;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.certificates.print.CupsQueue;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The door of the demo week's cocktail, in the real window: every guest still to come is checked in by typing. */
@ExtendWith(ApplicationExtension.class)
class CheckInWindowTest {
    @TempDir
    static Path dir;
    private MainViewModel main;

    @Start
    void start(Stage stage) throws Exception {
        Path demo = Files.createTempFile(dir, "porte-", ".db");
        Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), demo, StandardCopyOption.REPLACE_EXISTING);
        main = WindowFixture.open(stage, demo, new MemoryUserSettings(), Lang.FR);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void arrive(FxRobot robot, String letters, String expectedStatus) {
        robot.clickOn("#checkin-search").write(letters).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#checkin-status")).isEqualTo(expectedStatus);
    }

    @Test
    void theWholeGuestListIsCheckedInAtTheDoorWithAWalkInAndAnUndo(FxRobot robot) {
        robot.clickOn("#nav-checkin");
        // Demo week: 3 guests (4 people) already present, 3 people confirmed, one guest who never answered.
        assertThat(text(robot, "#checkin-arrived")).isEqualTo("4");
        assertThat(text(robot, "#checkin-expected")).isEqualTo("7");
        assertThat(text(robot, "#checkin-notAnswered")).isEqualTo("1");

        arrive(robot, "onei", "Jean-François O'Neill est arrivé à 9 h 00.");
        arrive(robot, "elan", "Fondation Élan-Jeunesse du Bas-Saint-Laurent est arrivé à 9 h 00.");
        arrive(robot, "bric", "Rémi Saint-Pierre est arrivé à 9 h 00.");
        arrive(robot, "lev", "Gisèle Lévesque-Côté est déjà marqué présent.");
        assertThat(text(robot, "#checkin-arrived")).isEqualTo("8");
        assertThat(text(robot, "#checkin-notAnswered")).isEqualTo("0");

        robot.clickOn("#checkin-walkin-name").write("Zoé Gagnon").type(KeyCode.ENTER);
        assertThat(text(robot, "#checkin-walkIns")).isEqualTo("1");
        assertThat(text(robot, "#checkin-arrived")).isEqualTo("9");
        robot.clickOn("#checkin-undo");
        assertThat(text(robot, "#checkin-status")).isEqualTo("L’arrivée de Zoé Gagnon est annulée.");
        assertThat(text(robot, "#checkin-walkIns")).isEqualTo("0");
        assertThat(main.session().get().guests().all()).filteredOn(g -> g.rsvp() == RsvpState.ATTENDED)
                .hasSize(6);
    }

    @Test
    void aBadgeIsPrintedOnTheSpotOnTheOfficePrinter(FxRobot robot) throws Exception {
        CupsQueue.require();
        String token = "porte" + System.nanoTime();
        robot.clickOn("#nav-checkin");
        robot.clickOn("#checkin-walkin-name").write("Test " + token).type(KeyCode.ENTER);
        robot.clickOn("#checkin-search").write(token);
        robot.clickOn("#checkin-badge");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#checkin-status").contains("envoyé"));
        try (PDDocument printed = CupsQueue.awaitOutput(token, Duration.ofSeconds(90))) {
            assertThat(printed.getNumberOfPages()).isEqualTo(1);
        }
    }
}
