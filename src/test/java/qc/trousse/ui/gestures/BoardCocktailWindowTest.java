package qc.trousse.ui.gestures;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.campaign.Editions;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real window: a ceremony dragged onto Tuesday 18 during the cocktail trip is marked on the week
 * board, and the posting calendar shows it on its day.
 */
@ExtendWith(ApplicationExtension.class)
class BoardCocktailWindowTest {
    private static final String TUESDAY = "2020-02-18";
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("board-cocktail.db");
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            // Leave at 13:15, back at 22:15: 17:00–19:00, 3 hours of road, 45 minutes of margin.
            s.cocktail().update("travel", e -> e.withTravel(Duration.ofHours(3)));
            PlannedGesture cocktail = s.gestures().choose("cocktail");
            s.gestures().setState(cocktail.id(), GestureState.PLANNED);
            PlannedGesture certificate = s.gestures().choose("certificate");
            s.gestures().setTimes(certificate.id(), LocalTime.of(14, 0), LocalTime.of(15, 0));
        }
        WindowFixture.open(stage, file, new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void aCeremonyMovedIntoTheTripIsMarkedOnTheBoard(FxRobot robot) {
        robot.clickOn("#nav-gestures");
        assertThat(robot.lookup("#card-certificate").query().getStyleClass()).doesNotContain("overlap");
        assertThat(robot.lookup("#card-clash-certificate").tryQuery()).isEmpty();

        robot.drag("#card-certificate").dropTo("#column-" + TUESDAY);
        WaitForAsyncUtils.waitForFxEvents();

        Node card = robot.lookup("#card-certificate").query();
        assertThat(card.getParent().getId()).isEqualTo("column-" + TUESDAY);
        assertThat(card.getStyleClass()).contains("overlap");
        assertThat(robot.lookup("#card-clash-certificate").queryAs(Label.class).getText()).isEqualTo(
                "Chevauche le cocktail à l’Assemblée nationale (départ 13\u00a0h\u00a015, retour 22\u00a0h\u00a015)");
        assertThat(robot.lookup("#card-cocktail").query().getStyleClass()).doesNotContain("overlap");
        assertThat(robot.lookup("#board-warnings").queryAs(VBox.class).getChildren())
                .filteredOn(n -> n instanceof Label).extracting(n -> ((Label) n).getText())
                .containsExactly("Remise du certificat de reconnaissance (mardi 18 février, 14:00–15:00) chevauche "
                        + "le cocktail à l’Assemblée nationale\u00a0: départ de la circonscription à 13\u00a0h\u00a015, "
                        + "retour à 22\u00a0h\u00a015.");

        // The posting calendar puts the ceremony beside Tuesday's posts.
        robot.clickOn("#nav-posts");
        VBox tuesday = robot.lookup("#calendar-" + TUESDAY).queryAs(VBox.class);
        assertThat(tuesday.getChildren()).filteredOn(n -> n.getStyleClass().contains("calendar-gesture"))
                .extracting(n -> ((Label) n).getText())
                .containsExactly("14:00–15:00 · Remise du certificat de reconnaissance",
                        "17:00–19:00 · Cocktail à l’Assemblée nationale");
    }
}
