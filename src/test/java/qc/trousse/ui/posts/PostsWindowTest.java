package qc.trousse.ui.posts;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
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
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.posts.Network;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the real window: a draft from a template, its counter, the typography fix, approval and export. */
@ExtendWith(ApplicationExtension.class)
class PostsWindowTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Path data = dir.resolve("posts-window.db");
        try (Session s = new Session(DataFile.open(data), Editions.shipped(), Ridings.load())) {
            s.office().update("mnaName", p -> p.withMnaName("Marie Tremblay"));
            s.office().chooseRiding(s.office().ridings().search("Jean-Talon").get(0));
        }
        WindowFixture.open(stage, data, new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void draftCountFixApproveExport(FxRobot robot) throws Exception {
        robot.clickOn("#nav-posts");
        robot.clickOn("#posts-template").clickOn("Geste — remercier quelqu’un (appel du porte-parole)");
        robot.clickOn("#posts-person").write("Mme Gagnon");
        robot.clickOn("#posts-create");
        WaitForAsyncUtils.waitForFxEvents();

        TextArea french = robot.lookup("#draft-french").queryAs(TextArea.class);
        assertThat(french.getText()).contains("merci à Mme Gagnon").contains("Laurent Duvernay-Tardif")
                .endsWith("#JPS2020");
        Label counter = robot.lookup("#draft-counter-fr").queryAs(Label.class);
        int length = Network.X.length(french.getText());
        assertThat(counter.getText()).isEqualTo(length + " / 280 (X)");
        assertThat(counter.getStyleClass()).contains("counter-ok");
        assertThat(robot.lookup("#post-preview").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();

        robot.clickOn("#draft-french").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" Photos : l'equipe !");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> remarks = robot.lookup("#draft-remarks").queryAs(ListView.class);
        assertThat(remarks.getItems()).hasSize(3);
        robot.clickOn(robot.lookup("#draft-remarks .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(french.getSelectedText()).as("a remark shows its passage in the text").isEqualTo("'");

        robot.clickOn("#draft-fix");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(french.getText()).endsWith("Photos\u00A0: l’equipe!");
        assertThat(remarks.getItems()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(french.getText()).as("undo takes back the fix only").endsWith("Photos : l'equipe !");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(french.getText()).endsWith("Photos\u00A0: l’equipe!");

        click(robot, "#draft-submit");
        assertThat(robot.lookup("#draft-state").queryAs(Label.class).getText()).isEqualTo("à approuver");
        click(robot, "#draft-approve");
        assertThat(robot.lookup("#draft-state").queryAs(Label.class).getText())
                .startsWith("approuvé — par Marie Tremblay, le 17 février 2020 à 09 h 00");

        click(robot, "#draft-copy");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo(french.getText());

        PostsView view = robot.lookup("#posts-view").queryAs(PostsView.class);
        Path pdf = dir.resolve("approbation.pdf");
        Path csv = dir.resolve("publications.csv");
        robot.interact(() -> {
            try {
                view.model().exportTo(pdf, false);
                view.model().exportTo(csv, false);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("approuvé par Marie Tremblay", "Mme Gagnon");
        }
        assertThat(Files.readString(csv)).contains(";X;approuvé;" + Network.X.length(french.getText()) + ";280;");

        click(robot, "#card-render");
        javafx.scene.image.Image preview = robot.lookup("#card-image").queryAs(javafx.scene.image.ImageView.class)
                .getImage();
        // an X post's card is X's preferred 1200 × 675; Instagram's stays the 1080 × 1080 square
        assertThat(preview.getWidth()).isEqualTo(1200);
        Path png = dir.resolve("carte.png");
        robot.interact(() -> view.model().editor().card().saveTo(png));
        java.awt.image.BufferedImage card = javax.imageio.ImageIO.read(png.toFile());
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(675);
        robot.interact(() -> view.model().editor().network().set(Network.INSTAGRAM));
        robot.interact(() -> view.model().editor().card().size().set(Network.INSTAGRAM.look().card()));
        robot.interact(() -> view.model().editor().card().saveTo(png));
        card = javax.imageio.ImageIO.read(png.toFile());
        assertThat(card.getWidth()).isEqualTo(1080);
        assertThat(card.getHeight()).isEqualTo(1080);
    }

    /** Scrolls the screen so the control is in view, then clicks it as a person would. */
    private static void click(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Parent p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 2) / Math.max(1, contentHeight - viewport))));
            }
        });
        robot.clickOn(query);
    }

    @Test
    void aPostOverTheLimitCannotBeApproved(FxRobot robot) {
        robot.clickOn("#nav-posts");
        robot.clickOn("#posts-template").clickOn("Message clé 2 — additionner les gestes");
        robot.clickOn("#posts-create");
        WaitForAsyncUtils.waitForFxEvents();
        Label counter = robot.lookup("#draft-counter-fr").queryAs(Label.class);
        assertThat(counter.getText()).isEqualTo("297 / 280 (X)");
        assertThat(counter.getStyleClass()).contains("counter-over");
        assertThat(robot.lookup("#draft-approve").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#draft-french").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.clickOn("#draft-insert").clickOn("Laurent Duvernay-Tardif");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#draft-french").queryAs(TextArea.class).getText())
                .endsWith("#JPS2020 Laurent Duvernay-Tardif");
        assertThat(counter.getText()).isEqualTo("321 / 280 (X)");
        robot.clickOn("#draft-network").clickOn("LinkedIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counter.getText()).as("3 000 with the French thousands separator").matches("321 / 3.000 \\(LinkedIn\\)");
        assertThat(robot.lookup("#draft-approve").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void theWeekIsPreparedAndShownByDay(FxRobot robot) {
        robot.clickOn("#nav-posts");
        int before = robot.lookup("#posts-list").queryListView().getItems().size();
        robot.clickOn("#posts-prepare-week");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#posts-list").queryListView().getItems()).hasSize(before + 9);
        javafx.scene.layout.VBox tuesday = robot.lookup("#calendar-2020-02-18").queryAs(javafx.scene.layout.VBox.class);
        assertThat(tuesday.getChildren().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()))
                .anyMatch(t -> t.startsWith("19:00 · X · brouillon\n✚ Geste — cocktail à l’Assemblée nationale"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#posts-list").queryListView().getItems()).hasSize(before);
    }
}
