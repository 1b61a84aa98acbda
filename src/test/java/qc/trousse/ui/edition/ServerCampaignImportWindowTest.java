package qc.trousse.ui.edition;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.campaign.CampaignFile;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.ServerStore;
import qc.trousse.store.TestDatabase;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fichier → Importer une campagne… in the real window at 1280×800, on the office's PostgreSQL database with the
 * staff's role: a faulty campaign is refused in the real error dialog and changes nothing; a sound one is asked
 * about in the real confirmation, then the home screen and a colleague's connection read it. Only the system's
 * file chooser, which the robot cannot drive, is answered with the file.
 */
@ExtendWith(ApplicationExtension.class)
class ServerCampaignImportWindowTest {
    @TempDir
    static Path dir;
    private final Deque<Path> chosen = new ArrayDeque<>();
    private TestDatabase db;
    private Stage stage;
    private MainViewModel main;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        db = TestDatabase.fresh();
        ServerStore.open(db.owner()).close();
        Session session = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load());
        main = WindowFixture.openSession(stage, session, new MemoryUserSettings(), Lang.FR, this::choosing);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        db.close();
    }

    /** The real dialogs, but the file chooser answers with the next file the test put in. */
    private DialogService choosing(DialogService real) {
        return new DialogService() {
            @Override
            public void error(String title, String message) {
                real.error(title, message);
            }

            @Override
            public void info(String title, String message) {
                real.info(title, message);
            }

            @Override
            public boolean confirm(String title, String message) {
                return real.confirm(title, message);
            }

            @Override
            public int choose(String title, String message, List<String> actions) {
                return real.choose(title, message, actions);
            }

            @Override
            public Optional<Path> openFile(String title, List<FileType> types) {
                return Optional.ofNullable(chosen.poll());
            }

            @Override
            public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
                return real.saveFile(title, suggestedName, types);
            }

            @Override
            public Optional<Path> chooseFolder(String title) {
                return real.chooseFolder(title);
            }
        };
    }

    private Path received(String name, Map<String, String> changes) throws Exception {
        int year = main.session().get().edition().year();
        Path file = dir.resolve(name);
        Files.writeString(file, CampaignFile.parse(name, Editions.shipped().text(year).orElseThrow()).with(changes));
        return file;
    }

    private static String dialogText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-message").tryQuery().isPresent());
        return robot.lookup("#dialog-message").queryAs(Label.class).getText();
    }

    @Test
    void aFaultyCampaignIsRefusedInItsDialogAndASoundOneConfirmedIsServedToEveryone(FxRobot robot) throws Exception {
        int year = main.session().get().edition().year();
        robot.clickOn("#nav-home");
        String slogan = robot.lookup("#home-slogan").queryAs(Label.class).getText();

        chosen.add(received("mauvais.properties", Map.of("start", year + "-02-16")));
        robot.clickOn("#menu-file").clickOn("#menu-import-campaign");
        assertThat(dialogText(robot)).contains("rien n’a été modifié", "«\u00a0start\u00a0»");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-message").tryQuery().isEmpty());
        assertThat(main.session().get().edition().ownText()).isEmpty();
        assertThat(robot.lookup("#home-slogan").queryAs(Label.class).getText()).isEqualTo(slogan);

        chosen.add(received("officiel.properties", Map.of("slogan.fr", "Ensemble pour la réussite")));
        robot.clickOn("#menu-file").clickOn("#menu-import-campaign");
        assertThat(dialogText(robot)).contains("officiel.properties", "Ensemble pour la réussite");
        robot.clickOn("Oui");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.session().get().campaign().slogan().fr()
                .equals("Ensemble pour la réussite"));
        robot.clickOn("#nav-home");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#home-slogan").queryAs(Label.class)
                .getText().contains("Ensemble pour la réussite"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("importée");
        try (Session colleague = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load())) {
            assertThat(colleague.campaign().slogan().fr()).isEqualTo("Ensemble pour la réussite");
        }
    }
}
