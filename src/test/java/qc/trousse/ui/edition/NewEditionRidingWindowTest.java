package qc.trousse.ui.edition;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import qc.trousse.office.Riding;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fichier → Nouvelle édition… for an office of LaFontaine, split on the 2025 map: the step asks which of its two
 * ridings the office is, the new file gets the one chosen. The step's picture is kept in target/ for the README.
 */
@ExtendWith(ApplicationExtension.class)
class NewEditionRidingWindowTest {
    @TempDir
    static Path dir;
    private MainViewModel main;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("bureau-2020.db");
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            s.office().update("mna", p -> p.withMnaName("Députée de LaFontaine").withRiding("390", "Montréal"));
        }
        main = WindowFixture.open(stage, file, new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void theStepAsksWhichRidingOfTheSplitTheOfficeIsAndTheNewFileHasIt(FxRobot robot) throws Exception {
        robot.clickOn("#menu-file").clickOn("#menu-new-edition");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#new-edition-riding").tryQuery()
                .isPresent());
        ComboBox<Riding> riding = robot.lookup("#new-edition-riding").queryComboBox();
        assertThat(riding.isVisible()).isTrue();
        assertThat(riding.getItems()).extracting(Riding::name)
                .containsExactlyInAnyOrder("Pointe-aux-Prairies", "Anjou–LaFontaine");
        assertThat(robot.lookup("#new-edition-riding-note").queryAs(Label.class).getText())
                .contains("LaFontaine est partagée entre", "15 février 2027");
        robot.interact(() -> riding.getSelectionModel().select(riding.getItems().stream()
                .filter(r -> r.name().equals("Pointe-aux-Prairies")).findFirst().orElseThrow()));
        Path picture = Path.of("target", "screenshots", "new-edition.png");
        Files.createDirectories(picture.getParent());
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(riding.getScene().snapshot(null), null), "png",
                        picture.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.clickOn("#new-edition-create");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.session().get().edition().year() == 2027);
        assertThat(main.session().get().office().riding()).map(Riding::name).contains("Pointe-aux-Prairies");
        assertThat(picture).isNotEmptyFile();
    }
}
