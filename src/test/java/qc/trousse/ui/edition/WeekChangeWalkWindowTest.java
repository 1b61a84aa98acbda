package qc.trousse.ui.edition;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import qc.trousse.cocktail.IcsFiles;
import qc.trousse.gestures.ChecklistItem;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.WindowFixture;
import qc.trousse.ui.certificates.RecipientsView;
import qc.trousse.ui.cocktail.CocktailView;
import qc.trousse.ui.report.ReportView;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo week moved a week earlier from Fichier → Semaine de l'édition…, in the real window at 1280×800: every
 * screen that shows a date follows (board, checklists, cocktail, certificates, report, calendar), each thing on
 * its weekday; and the steps made before the change still undo, after it is undone, on the screens as they are.
 */
@ExtendWith(ApplicationExtension.class)
class WeekChangeWalkWindowTest {
    private static final LocalDate MONDAY = LocalDate.of(2020, 2, 10);
    private static final LocalDate FRIDAY = LocalDate.of(2020, 2, 14);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.CANADA_FRENCH);
    @TempDir
    static Path dir;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = WindowFixture.openDemoLaptop(stage, dir);
    }

    /** Fichier → Semaine de l'édition…: the Monday typed in, the cocktail day follows by itself; saved. */
    private void moveTheWeekTo(FxRobot robot, String monday, LocalDate expected) throws Exception {
        robot.clickOn("#menu-file").clickOn("#menu-edition-week");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#edition-week-save").tryQuery()
                .isPresent());
        robot.doubleClickOn("#edition-week-first-day").eraseText(20).write(monday);
        assertThat(robot.lookup("#edition-week-problem").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#edition-week-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.session().get().campaign().start()
                .equals(expected));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String columnOf(FxRobot robot, String card) {
        return robot.lookup(card).query().getParent().getId();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void everyScreenWithADateFollowsTheWeekMovedEarlier(FxRobot robot) throws Exception {
        moveTheWeekTo(robot, "10 févr. 2020", MONDAY);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Semaine de l’édition : du lundi 10 février 2020 au vendredi 14 février 2020.");

        // The board: the new Monday to Friday, each gesture on its weekday.
        robot.clickOn("#nav-gestures").clickOn("#tab-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#column-2020-02-14").tryQuery()
                .isPresent());
        assertThat(robot.lookup(".day-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("lundi 10 février", "mardi 11 février", "mercredi 12 février", "jeudi 13 février",
                        "vendredi 14 février");
        assertThat(columnOf(robot, "#card-ribbon")).isEqualTo("column-2020-02-10");
        assertThat(columnOf(robot, "#card-cocktail")).isEqualTo("column-2020-02-11");
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-2020-02-14");

        // The checklist of Friday's gesture is dated back from the new Friday.
        robot.clickOn("#card-certificate");
        PlannedGesture certificate = main.session().get().gestures().all().stream()
                .filter(g -> g.gestureKey().equals("certificate")).findFirst().orElseThrow();
        assertThat(certificate.day()).isEqualTo(FRIDAY);
        List<ChecklistItem> items = certificate.checklist();
        WindowFixture.reveal(robot, "#item-due-0");
        assertThat(items).isNotEmpty();
        for (int i = 0; i < items.size(); i++) {
            assertThat(robot.lookup("#item-due-" + i).queryAs(Label.class).getText())
                    .endsWith(items.get(i).dueOn(FRIDAY).format(DAY));
        }

        // The cocktail: on the new Tuesday, and its calendar file, read by python3-icalendar, says so.
        robot.clickOn("#nav-cocktail");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("mardi 11 février 2020")).noneMatch(t -> t.contains("18 février"));
        CocktailView cocktail = robot.lookup("#cocktail-view").queryAs(CocktailView.class);
        Path ics = dir.resolve("semaine.ics");
        robot.interact(() -> {
            cocktail.model().week().set(true);
            cocktail.model().exportIcsTo(ics);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#cocktail-document-status")
                .queryAs(Label.class).getText().contains("semaine.ics"));
        var events = IcsFiles.parse(ics).values();
        assertThat(events).hasSizeGreaterThan(1).allSatisfy(e -> assertThat(LocalDate.parse(e.start()
                .substring(0, 10))).isBetween(MONDAY, FRIDAY));
        assertThat(events).filteredOn(e -> e.uid().startsWith("gesture-")).hasSize(5);
        assertThat(events).filteredOn(e -> e.uid().startsWith("cocktail-2020-") && !e.uid().contains("-trip-"))
                .singleElement()
                .satisfies(e -> assertThat(e.start()).startsWith("2020-02-11T17:00"));

        // The certificates still to print: their date line is the new Friday's, in the PDF itself.
        robot.clickOn("#nav-recipients");
        RecipientsView recipients = robot.lookup("#recipients-view").queryAs(RecipientsView.class);
        Path pdf = dir.resolve("certificats.pdf");
        robot.interact(() -> recipients.output().savePdfTo(pdf));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf) && !recipients.output().busy().get());
        assertThat(pdfText(pdf)).contains("Le 14 février 2020").doesNotContain("Le 21 février", "Le 18 février");

        // The report: the new week in its title and its chart.
        robot.clickOn("#nav-report");
        ReportView report = robot.lookup("#report-view").queryAs(ReportView.class);
        Path bilan = dir.resolve("bilan.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#report-progress").query().isVisible());
        robot.interact(() -> report.model().exportTo(bilan));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#report-status").queryAs(Label.class)
                .getText().contains("bilan.pdf"));
        assertThat(pdfText(bilan)).contains("Du lundi 10 février au vendredi 14 février 2020", "lun. 10", "ven. 14")
                .doesNotContain("17 février", "21 février", "lun. 17");
    }

    @Test
    void aGestureMovedBeforeTheWeekChangeIsStillUndoneAfterItOnTheBoardAsItIs(FxRobot robot) throws Exception {
        robot.clickOn("#nav-gestures").clickOn("#tab-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#card-certificate").tryQuery()
                .isPresent());
        // Before: Friday's certificates moved to Thursday.
        robot.interact(() -> robot.lookup("#move-certificate").queryAs(ComboBox.class)
                .setValue(LocalDate.of(2020, 2, 20)));
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-2020-02-20");

        moveTheWeekTo(robot, "10 févr. 2020", MONDAY);
        robot.clickOn("#nav-gestures").clickOn("#tab-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#column-2020-02-13").tryQuery()
                .isPresent());
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-2020-02-13");
        // After: the same gesture moved again, in the new week (its row's version is now the new services').
        robot.interact(() -> robot.lookup("#move-certificate").queryAs(ComboBox.class).setValue(LocalDate.of(2020,
                2, 12)));
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-2020-02-12");

        robot.clickOn("#menu-edit").clickOn("#menu-undo");
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-2020-02-13");
        assertThat(main.undoText().get()).contains("la semaine de l’édition");
        robot.clickOn("#menu-edit").clickOn("#menu-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.session().get().campaign().start()
                .equals(LocalDate.of(2020, 2, 17)));
        robot.clickOn("#tab-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#column-2020-02-20").tryQuery()
                .isPresent());
        assertThat(columnOf(robot, "#card-certificate")).isEqualTo("column-2020-02-20");

        // The step made before the change: undone through the services of its time, shown by today's.
        robot.clickOn("#menu-edit").clickOn("#menu-undo");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#card-certificate").tryQuery()
                .map(n -> "column-2020-02-21".equals(n.getParent().getId())).orElse(false));
        assertThat(main.session().get().gestures().all()).filteredOn(g -> g.gestureKey().equals("certificate"))
                .extracting(PlannedGesture::day).containsExactly(LocalDate.of(2020, 2, 21));
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no conflict asked about").isEmpty();

        // And back again, step by step, to the new week with the gesture on its Wednesday.
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#menu-edit").clickOn("#menu-redo");
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.session().get().campaign().start()
                .equals(MONDAY));
        robot.clickOn("#tab-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#card-certificate").tryQuery()
                .map(n -> "column-2020-02-12".equals(n.getParent().getId())).orElse(false));
        Node card = robot.lookup("#card-certificate").query();
        assertThat(card.isVisible()).isTrue();
    }
}
