package qc.trousse.ui.cocktail;

import biweekly.Biweekly;
import biweekly.ICalendar;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.cocktail.print.CocktailPrints;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The cocktail screen in the real window: add guests, answer for them, count, export the calendar and badges. */
@ExtendWith(ApplicationExtension.class)
class CocktailWindowTest {
    @TempDir
    static Path dir;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = WindowFixture.open(stage, dir.resolve("cocktail-" + System.nanoTime() + ".db"),
                new MemoryUserSettings(), Lang.FR);
    }

    private void type(FxRobot robot, String query, String text) {
        TextField field = WindowFixture.reveal(robot, query);
        robot.clickOn(field);
        robot.interact(() -> field.setText(text));
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void select(FxRobot robot, String name) {
        Node table = WindowFixture.reveal(robot, "#cocktail-guests");
        robot.clickOn(robot.from(table).lookup(name).queryAs(Node.class));
    }

    private void addGuest(FxRobot robot, String name, String organisation) {
        robot.clickOn((Node) WindowFixture.reveal(robot, "#guest-new"));
        type(robot, "#guest-name", name);
        type(robot, "#guest-organisation", organisation);
        robot.clickOn((Node) WindowFixture.reveal(robot, "#guest-add"));
    }

    @Test
    void addGuestsAnswerForThemAndExport(FxRobot robot) throws Exception {
        robot.clickOn("#nav-cocktail");
        assertThat(text(robot, "#cocktail-not-answered")).isEqualTo("Tous les invités ont répondu");
        addGuest(robot, "Marie-Ève Tremblay", "École Paul-Hubert");
        addGuest(robot, "ᐃᓄᒃᑎᑐᑦ Qinuajuak", "Kativik Ilisarniliriniq");
        addGuest(robot, "Luc Bérubé", "CJE Rimouski-Neigette");
        TableView<?> table = WindowFixture.reveal(robot, "#cocktail-guests");
        assertThat(table.getItems()).hasSize(3);
        assertThat(text(robot, "#cocktail-not-answered")).isEqualTo("3 invités sans réponse");

        select(robot, "Marie-Ève Tremblay");
        robot.clickOn((Node) WindowFixture.reveal(robot, "#rsvp-confirmed"));
        select(robot, "Luc Bérubé");
        robot.clickOn((Node) WindowFixture.reveal(robot, "#rsvp-declined"));
        assertThat(text(robot, "#cocktail-not-answered")).isEqualTo("1 invité sans réponse");
        assertThat(text(robot, "#cocktail-not-answered-list")).isEqualTo("1 invité sans réponse");

        robot.clickOn((Node) WindowFixture.reveal(robot, "#filter-confirmed"));
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn((Node) WindowFixture.reveal(robot, "#filter-all"));
        assertThat(table.getItems()).hasSize(3);

        robot.interact(main::undo);
        assertThat(text(robot, "#cocktail-not-answered")).isEqualTo("2 invités sans réponse");
        robot.interact(main::redo);
        assertThat(text(robot, "#cocktail-not-answered")).isEqualTo("1 invité sans réponse");

        CocktailViewModel model = robot.lookup("#cocktail-view").queryAs(CocktailView.class).model();
        Label status = robot.lookup("#cocktail-document-status").queryAs(Label.class);
        Path ics = dir.resolve("cocktail.ics");
        robot.interact(() -> model.exportIcsTo(ics));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("cocktail.ics"));
        ICalendar calendar = Biweekly.parse(ics.toFile()).first();
        assertThat(calendar.getEvents()).hasSize(1);
        assertThat(Files.readString(ics)).contains("DTSTART;TZID=America/Toronto:20200218T170000");

        robot.clickOn((Node) WindowFixture.reveal(robot, "#cocktail-print-confirmed"));
        Path badges = dir.resolve("badges.pdf");
        robot.interact(() -> model.printTo(CocktailPrints.What.BADGES, badges));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("badges.pdf"));
        try (PDDocument doc = Loader.loadPDF(badges.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Marie-Ève", "Tremblay", "École Paul-Hubert")
                    .doesNotContain("Luc").doesNotContain("ᐃᓄᒃᑎᑐᑦ");
        }
    }

    @Test
    void aBadTimeIsToldAndNotSaved(FxRobot robot) {
        robot.clickOn("#nav-cocktail");
        type(robot, "#cocktail-end", "16:00");
        assertThat(text(robot, "#cocktail-times-problem")).isEqualTo("La fin doit venir après le début.");
        type(robot, "#cocktail-end", "19:30");
        assertThat(text(robot, "#cocktail-times-problem")).isEmpty();
        assertThat(text(robot, "#cocktail-return")).isEqualTo("Départ de Québec à 19:45, arrivée vers 22:45");
        type(robot, "#cocktail-travel", "1:30");
        assertThat(text(robot, "#cocktail-departure")).startsWith("14:45");
        robot.interact(main::undo);
        assertThat(text(robot, "#cocktail-departure")).startsWith("13:15");
    }
}
