package qc.trousse.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.edit.EditHistory;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeService;
import qc.trousse.office.RidingMaps;
import qc.trousse.store.DataFile;
import qc.trousse.store.ProfileRepository;
import qc.trousse.ui.office.ProfileView;
import qc.trousse.ui.office.ProfileViewModel;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile's riding search as the office meets it: abbreviations, "Aucun résultat", former names. */
@ExtendWith(ApplicationExtension.class)
class RidingSearchWindowTest {
    @TempDir
    Path dir;
    private Stage stage;
    private DataFile file;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        if (file != null) {
            file.close();
        }
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void stJeromeFindsSaintJeromeAndNothingMatchingSaysAucunResultat(FxRobot robot) {
        robot.interact(() -> WindowFixture.open(stage, dir.resolve("bureau.db"), new MemoryUserSettings(), Lang.FR));
        robot.clickOn("#riding-search").write("st-jerome");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note(robot).isVisible()).isFalse();
        robot.clickOn("Saint-Jérôme  ·  Laurentides");
        assertThat(robot.lookup("#riding-chosen").queryAs(Label.class).getText().replace('\u00a0', ' '))
                .isEqualTo("Saint-Jérôme (nº 526)");
        robot.interact(() -> robot.lookup("#riding-search").queryTextInputControl().clear());
        robot.clickOn("#riding-search").write("zzz");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#riding-matches").queryAs(ListView.class).getItems()).isEmpty();
        assertThat(note(robot).isVisible()).isTrue();
        assertThat(note(robot).getText().replace('\u00a0', ' ')).isEqualTo("Aucun résultat pour « zzz ».");
        assertThat(robot.lookup("#riding-map").queryAs(Label.class).getText())
                .isEqualTo("Carte électorale de 2017, en vigueur le 17 février 2020");
    }

    @Test
    void aFileOfThe2027WeekRefusesGaspeAndOffersGaspeBonaventureInEnglish(FxRobot robot) throws Exception {
        file = DataFile.open(dir.resolve("2027.db"));
        robot.interact(() -> {
            I18n.setLanguage(Lang.EN);
            OfficeService office = new OfficeService(new ProfileRepository(file), new EditHistory(),
                    RidingMaps.shipped().inForceOn(LocalDate.of(2027, 2, 15)));
            stage.setScene(new Scene(new ScrollPane(new ProfileView(new ProfileViewModel(office,
                    new ScriptedDialogs()))), 1280, 800));
            stage.show();
        });
        robot.clickOn("#riding-search").write("Gaspé");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note(robot).getText())
                .isEqualTo("Gaspé has not existed since October 5, 2026: it is now Gaspé-Bonaventure.");
        robot.clickOn("Gaspé-Bonaventure  ·  Gaspésie–Îles-de-la-Madeleine");
        assertThat(robot.lookup("#riding-chosen").queryAs(Label.class).getText())
                .isEqualTo("Gaspé-Bonaventure (number unknown)");
        assertThat(robot.lookup("#riding-map").queryAs(Label.class).getText())
                .isEqualTo("2025 electoral map, in force on February 15, 2027");
    }

    private static Label note(FxRobot robot) {
        return robot.lookup("#riding-note").queryAs(Label.class);
    }
}
