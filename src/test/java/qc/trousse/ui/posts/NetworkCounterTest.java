package qc.trousse.ui.posts;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
import qc.trousse.posts.OfficeNetworks;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the real window: the counter says what the network counts, why a text does not fit, and shows where. */
@ExtendWith(ApplicationExtension.class)
class NetworkCounterTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Path data = dir.resolve("counter-window.db");
        try (Session s = new Session(DataFile.open(data), Editions.shipped(), Ridings.load())) {
            s.office().update("mnaName", p -> p.withMnaName("Marie Tremblay"));
            s.posts().setNetworks(new OfficeNetworks(List.of(Network.BLUESKY, Network.MASTODON, Network.X), 0));
        }
        WindowFixture.open(stage, data, new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void blueskyCountsGraphemesAndTheOverflowIsSelectedInTheText(FxRobot robot) {
        robot.clickOn("#nav-posts");
        @SuppressWarnings("unchecked")
        ComboBox<Network> network = robot.lookup("#posts-network").queryAs(ComboBox.class);
        assertThat(network.getItems()).startsWith(Network.BLUESKY, Network.MASTODON, Network.X)
                .hasSize(Network.values().length);
        robot.interact(() -> network.setValue(Network.BLUESKY));
        robot.clickOn("#posts-create");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea french = robot.lookup("#draft-french").queryAs(TextArea.class);
        String family = "👨‍👩‍👧‍👦";
        String text = "a".repeat(298) + family + family + "Merci à tous #JPS2020";
        robot.interact(() -> french.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
        Label counter = robot.lookup("#draft-counter-fr").queryAs(Label.class);
        Label why = robot.lookup("#draft-why-fr").queryAs(Label.class);
        assertThat(counter.getText()).isEqualTo("321 / 300 (Bluesky)");
        assertThat(counter.getStyleClass()).contains("counter-over");
        assertThat(why.getText()).startsWith("graphèmes · trop long de 21 · Ne tient pas à partir de : « Merci à tous");
        robot.clickOn("#draft-over-fr");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(french.getSelectedText()).isEqualTo("Merci à tous #JPS2020");

        robot.interact(() -> french.setText("Court et bon #JPS2020"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counter.getText()).isEqualTo("21 / 300 (Bluesky)");
        assertThat(why.getText()).isEqualTo("graphèmes");
        assertThat(robot.lookup("#draft-over-fr").queryAs(Button.class).isVisible()).isFalse();
        assertThat(robot.lookup("#draft-approve").queryAs(Button.class).isDisabled()).isFalse();
    }
}
