package qc.trousse.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import qc.trousse.i18n.Lang;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class HomeWindowTest {
    private static final AtomicInteger FILES = new AtomicInteger();
    @TempDir
    static Path dir;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        // A file per test: what one test plans does not show in the next one's counts.
        main = WindowFixture.open(stage, dir.resolve("home" + FILES.incrementAndGet() + ".db"),
                new MemoryUserSettings(), Lang.FR);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> labels(FxRobot robot, String id) {
        Pane pane = robot.lookup(id).queryAs(Pane.class);
        return pane.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void homeShowsTheCampaignWeekInFrench(FxRobot robot) {
        robot.clickOn("#nav-home");
        assertThat(robot.lookup("#nav-home").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(text(robot, "#home-slogan")).isEqualTo("Nos gestes, un + pour leur réussite!");
        assertThat(text(robot, "#home-countdown")).isEqualTo("Jour 1 sur 5 de la semaine.");
        List<String> days = labels(robot, "#home-days");
        assertThat(days).hasSize(5);
        assertThat(days.get(0)).startsWith("lundi 17 février");
        assertThat(days.get(1)).startsWith("mardi 18 février — cocktail à l’");
        assertThat(days.get(4)).startsWith("vendredi 21 février");
    }

    @Test
    void aNewFileAsksForTheProfileAndHasNothingToDoYet(FxRobot robot) {
        robot.clickOn("#nav-home");
        assertThat(text(robot, "#home-greeting")).startsWith("Commencez par remplir le profil du bureau");
        assertThat(robot.lookup("#home-greeting").queryAs(Label.class).getStyleClass()).contains("warning");
        assertThat(text(robot, "#home-counts")).isEqualTo("aucun geste choisi · aucun planifié · aucun fait");
        assertThat(text(robot, "#home-overdue")).isEqualTo("Aucune étape en retard");
        assertThat(labels(robot, "#home-next")).containsExactly("Les trois prochaines choses à faire\u00a0:",
                "Rien à faire\u00a0: choisissez vos gestes dans Gestes de la semaine.");
    }

    @Test
    void aGestureChosenWhileHomeIsShownRedrawsTheDashboard(FxRobot robot) {
        robot.clickOn("#nav-home");
        robot.interact(() -> main.session().get().gestures().choose("certificate"));
        assertThat(text(robot, "#home-counts")).isEqualTo("1 geste choisi · aucun planifié · aucun fait");
        assertThat(labels(robot, "#home-next")).as("the heading and the certificate's first steps")
                .hasSizeBetween(2, 4).noneMatch(t -> t.startsWith("Rien à faire"));
    }
}
