package qc.trousse.ui.onsite;

import qc.trousse.ui.ScriptedDialogs;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.print.CertificatePrinter;
import qc.trousse.certificates.print.CupsQueue;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.WindowFixture;
import qc.trousse.ui.task.FxBackgroundExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The on-site screen, driven as a person would: type a name, see the certificate, save it as PDF. */
@ExtendWith(ApplicationExtension.class)
class OnsiteScreenTest {
    @TempDir
    static Path dir;
    private static final java.util.List<Session> SESSIONS = new java.util.ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private OnsiteViewModel model;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("onsite-" + System.nanoTime() + ".db")),
                Editions.shipped(), Ridings.load());
        SESSIONS.add(session);
        session.office().update("mna", p -> p.withMnaName("Catherine Dorion"));
        session.office().chooseRiding(session.office().ridings().find("Taschereau").orElseThrow());
        model = new OnsiteViewModel(session, new CertificatePrinter(), dialogs,
                new FxBackgroundExecutor(), WindowFixture.CAMPAIGN_MONDAY);
        stage.setScene(new Scene(new OnsiteView(model), 1100, 700));
        stage.show();
    }

    @AfterAll
    static void close() {
        SESSIONS.forEach(Session::close);
    }

    @Test
    void printsToTheChosenPrinterAndCountsThePrintedCertificateOnlyOnceTheJobIsAccepted(FxRobot robot)
            throws Exception {
        CupsQueue.require();
        String token = "onsite" + System.nanoTime();
        robot.interact(() -> model.printer().set(CupsQueue.NAME));
        robot.clickOn("#onsite-name").write("Test " + token);
        robot.clickOn("#onsite-print");
        Label status = robot.lookup("#onsite-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().contains(CupsQueue.NAME));
        assertThat(status.getText()).isEqualTo(I18n.tr("onsite.printed", CupsQueue.NAME));
        assertThat(dialogs.errors).isEmpty();
        assertThat(session.recipients().all()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Test " + token);
            assertThat(r.state()).isEqualTo(qc.trousse.certificates.RecipientState.PRINTED);
            assertThat(r.gesture()).isEqualTo(I18n.tr("onsite.gesture"));
        });
        try (PDDocument printed = CupsQueue.awaitOutput(token, java.time.Duration.ofSeconds(90))) {
            assertThat(printed.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void typingANameShowsItsCertificateAndSavesItAsPdf(FxRobot robot) throws Exception {
        ImageView preview = robot.lookup("#onsite-preview").queryAs(ImageView.class);
        assertThat(preview.getImage()).isNull();

        robot.clickOn("#onsite-name").write("Zoé L’Heureux-ᐃᓄᒃ");
        robot.clickOn("#onsite-reason").write("Bravo 🥳!");
        // the robot types an emoji as two UTF-16 units: wait for the rendering of the whole reason
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getImage() != null
                && robot.lookup("#onsite-warnings").queryAs(Label.class).getText().contains("🥳"));
        assertThat(preview.getImage().getWidth()).isGreaterThan(preview.getImage().getHeight());
        assertThat(robot.lookup("#onsite-warnings").queryAs(Label.class).getText()).contains("🥳")
                .contains("Zoé L’Heureux-ᐃᓄᒃ");

        Path out = dir.resolve("sur-place.pdf");
        dialogs.saveAnswer = out;
        robot.clickOn("#onsite-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.suggested).isEqualTo("Zoé L’Heureux-ᐃᓄᒃ.pdf");
        assertThat(dialogs.errors).isEmpty();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Zoé L’Heureux-ᐃᓄᒃ").contains("Bravo !").contains("Catherine Dorion")
                    .contains("Le 17 février 2020");
        }
    }
}
