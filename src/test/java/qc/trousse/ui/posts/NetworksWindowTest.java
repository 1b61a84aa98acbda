package qc.trousse.ui.posts;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
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
import qc.trousse.posts.Network;
import qc.trousse.session.Session;
import qc.trousse.store.CarryOver;
import qc.trousse.store.DataFile;
import qc.trousse.store.EditionFileMaker;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real window on a new 2027 file: « Réseaux du bureau » shows the edition's seven networks, a box
 * unticked is saved at once and undone by Ctrl+Z, a wrong Mastodon limit is said in one line; the counter
 * says each of the seven networks' count, limit and unit.
 */
@ExtendWith(ApplicationExtension.class)
class NetworksWindowTest {
    @TempDir
    static Path dir;
    private static Path data;

    @Start
    void start(Stage stage) throws Exception {
        data = dir.resolve("networks-2027-" + System.nanoTime() + ".db");
        EditionFileMaker.make(data, new EditionFileMaker.Plan(2027, "", Optional.empty(),
                EnumSet.noneOf(CarryOver.class)));
        try (Session s = new Session(DataFile.open(data), Editions.shipped(), Ridings.load())) {
            s.office().update("mnaName", p -> p.withMnaName("Marie Tremblay"));
        }
        WindowFixture.open(stage, data, new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void theOfficeChoosesItsNetworksAndItsMastodonLimitInThePostsScreen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-posts");
        TitledPane pane = robot.lookup("#posts-networks").queryAs(TitledPane.class);
        assertThat(pane.getText()).isEqualTo("Réseaux du bureau : X, Facebook, Instagram, LinkedIn, Bluesky, Threads,"
                + " Mastodon · limite Mastodon 500");
        // The pane slides open over a third of a second: a click aimed while it moves can land beside the box.
        robot.interact(() -> pane.setAnimated(false));
        robot.clickOn(pane.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox threads = robot.lookup("#posts-networks-threads").queryAs(CheckBox.class);
        assertThat(threads.isSelected()).isTrue();
        robot.clickOn(threads);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getText()).doesNotContain("Threads");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(threads.isSelected()).as("Ctrl+Z ticks it again").isTrue();
        robot.clickOn(threads);

        robot.clickOn("#posts-networks-mastodon-limit").write("beaucoup").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#posts-networks-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("« beaucoup » n’est pas une limite de serveur Mastodon");
        robot.interact(() -> robot.lookup("#posts-networks-mastodon-limit")
                .queryAs(javafx.scene.control.TextField.class).setText("800"));
        robot.clickOn("#posts-networks-mastodon-limit").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isFalse();
        assertThat(pane.getText()).endsWith("limite Mastodon 800").doesNotContain("Threads");
        // what the file keeps, read beside the window (the setting `posts networks` also writes)
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data);
             var rows = c.createStatement().executeQuery("SELECT key, value FROM setting WHERE key LIKE 'posts.%'")) {
            Map<String, String> kept = new java.util.HashMap<>();
            while (rows.next()) {
                kept.put(rows.getString(1), rows.getString(2));
            }
            assertThat(kept).containsValues("X,FACEBOOK,INSTAGRAM,LINKEDIN,BLUESKY,MASTODON", "800");
        }
    }

    @Test
    void theCounterSaysEachOfTheSevenNetworksCountLimitAndUnit(FxRobot robot) {
        robot.clickOn("#nav-posts");
        robot.clickOn("#posts-create");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea french = robot.lookup("#draft-french").queryAs(TextArea.class);
        String text = "Bravo à l’équipe! 👨‍👩‍👧‍👦 https://exemple.qc.ca/jps #JPS2027";
        robot.interact(() -> french.setText(text));
        @SuppressWarnings("unchecked")
        ComboBox<Network> network = robot.lookup("#draft-network").queryAs(ComboBox.class);
        Label counter = robot.lookup("#draft-counter-fr").queryAs(Label.class);
        Label why = robot.lookup("#draft-why-fr").queryAs(Label.class);
        // counted by hand: 17 + space + family + space + URL (25 in full) + space + hashtag (8); the family is
        // 11 UTF-16 units, 1 grapheme, 2 for X; a URL counts 23 on X and Mastodon
        Map<Network, String> expected = Map.of(
                Network.X, "53 / 280 (X)", Network.FACEBOOK, "64 / 63\u00A0206 (Facebook)",
                Network.INSTAGRAM, "64 / 2\u00A0200 (Instagram)", Network.LINKEDIN, "64 / 3\u00A0000 (LinkedIn)",
                Network.BLUESKY, "54 / 300 (Bluesky)", Network.THREADS, "64 / 500 (Threads)",
                Network.MASTODON, "52 / 500 (Mastodon)");
        Map<Network, String> units = Map.of(Network.X, "caractères pondérés", Network.BLUESKY, "graphèmes",
                Network.MASTODON, "graphèmes");
        for (Network n : Network.values()) {
            robot.interact(() -> network.setValue(n));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(counter.getText()).as(n.label()).isEqualTo(expected.get(n));
            assertThat(why.getText()).as(n.label()).isEqualTo(units.getOrDefault(n, "caractères"));
        }
    }
}
