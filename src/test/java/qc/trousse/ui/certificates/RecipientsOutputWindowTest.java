package qc.trousse.ui.certificates;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.batch.Scope;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.ScrollIntoView;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window: two recipients selected in the table, their preview, then the selection saved as one PDF. */
@ExtendWith(ApplicationExtension.class)
class RecipientsOutputWindowTest {
    @TempDir
    static Path dir;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = WindowFixture.open(stage, dir.resolve("output.db"), new MemoryUserSettings(), Lang.FR);
    }

    private Node row(FxRobot robot, String name) {
        return robot.lookup(".table-row-cell").match((TableRow<Recipient> r) -> r.getItem() != null
                && r.getItem().name().equals(name)).query();
    }

    @Test
    void selectTwoSeeThePreviewAndSaveTheSelectionAsOnePdf(FxRobot robot) throws Exception {
        robot.interact(() -> ProfileReady.fill(main.session().get().office()));
        robot.interact(() -> main.session().get().recipients().importAll(List.of(
                Recipient.of(RecipientKind.PERSON, "Zoé Lemaître-Bœuf", "Aide aux devoirs", LocalDate.of(2020, 2, 18)),
                Recipient.of(RecipientKind.PERSON, "ᐃᓄᒃᑎᑐᑦ Qullialuk", "Tutorat", LocalDate.of(2020, 2, 18)),
                Recipient.of(RecipientKind.ORGANISATION, "Maison des jeunes", "", LocalDate.of(2020, 2, 18)))));
        robot.clickOn("#nav-recipients");
        RecipientsView view = robot.lookup("#recipients-view").queryAs(RecipientsView.class);
        ImageView preview = robot.lookup("#recipient-preview").queryAs(ImageView.class);
        assertThat(preview.getImage()).isNull();

        robot.clickOn(row(robot, "Zoé Lemaître-Bœuf"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getImage() != null);
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "ᐃᓄᒃᑎᑐᑦ Qullialuk")).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.output().selection()).extracting(Recipient::name)
                .containsExactlyInAnyOrder("Zoé Lemaître-Bœuf", "ᐃᓄᒃᑎᑐᑦ Qullialuk");

        ComboBox<?> scope = robot.lookup("#output-scope").queryAs(ComboBox.class);
        robot.interact(() -> ScrollIntoView.reveal(scope));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(scope);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("la sélection"))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.output().scope().get()).isEqualTo(Scope.SELECTION);

        // The save dialog is the system's; the panel is handed the file as the dialog would.
        Path pdf = dir.resolve("sélection.pdf");
        robot.interact(() -> view.output().savePdfTo(pdf));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(pdf) && !view.output().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#output-status").queryLabeled().getText())
                .isEqualTo("2 certificats enregistrés dans " + pdf + ".");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(doc).lines())
                    .contains("Zoé Lemaître-Bœuf", "ᐃᓄᒃᑎᑐᑦ Qullialuk").doesNotContain("Maison des jeunes");
        }
        assertThat(main.session().get().recipients().all()).allSatisfy(r -> assertThat(r.printedAt()).isNull());
    }
}
