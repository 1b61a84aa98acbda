package qc.trousse.ui.server;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.demo.DemoWeek;
import qc.trousse.i18n.Lang;
import qc.trousse.store.DataFile;
import qc.trousse.store.ServerStore;
import qc.trousse.store.StoreCopy;
import qc.trousse.store.StoreUrl;
import qc.trousse.store.TestDatabase;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Fichier → Base du bureau… in the real window, against the real PostgreSQL server. */
@ExtendWith(ApplicationExtension.class)
class OfficeServerWindowTest {
    private static final AtomicInteger FILES = new AtomicInteger();
    @TempDir
    static Path dir;
    private TestDatabase db;
    private MainViewModel main;
    private Stage stage;
    private MemoryUserSettings settings;
    private Path file;

    @BeforeEach
    void database() {
        db = TestDatabase.fresh();
    }

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        settings = new MemoryUserSettings().keepPasswordsIn(dir.resolve("cfg" + FILES.incrementAndGet())
                .resolve("server-passwords"));
        file = dir.resolve("bureau" + FILES.get() + ".db");
        main = WindowFixture.open(stage, file, settings, Lang.FR);
    }

    static String appPassword() throws Exception {
        return ServerFixture.password(TestDatabase.appRole());
    }

    private void openDialog(FxRobot robot, String item) throws Exception {
        robot.clickOn("#menu-file").clickOn(item);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#server-test").tryQuery().isPresent());
    }

    private static void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup(id).queryTextInputControl();
        robot.interact(() -> field.setText(text));
    }

    private static void fill(FxRobot robot, StoreUrl url, String password) {
        type(robot, "#server-host", url.host());
        type(robot, "#server-port", String.valueOf(url.port()));
        type(robot, "#server-database", url.database());
        type(robot, "#server-user", url.user());
        type(robot, "#server-password", password);
    }

    private static String answer(FxRobot robot) throws Exception {
        robot.clickOn("#server-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#server-test").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#server-answer").queryAs(Label.class).getText();
    }

    /** An entry of Fichier → Fichiers récents, as the menu bar holds it now. */
    private javafx.scene.control.MenuItem recentItem(String id) {
        var bar = (javafx.scene.control.MenuBar) stage.getScene().lookup("#menu-bar");
        var recent = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-recent".equals(i.getId())).findFirst().orElseThrow();
        return recent.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void shareDemoWeek() throws Exception {
        Path week = dir.resolve("semaine" + FILES.incrementAndGet() + ".db");
        DemoWeek.write(week);
        StoreCopy.push(week, db.owner());
    }

    @Test
    void theTestNamesTheOfficeThenTheWindowReopensOnTheServerWithTheMemberChosen(FxRobot robot) throws Exception {
        shareDemoWeek();
        openDialog(robot, "#menu-office-server");
        fill(robot, db.app(), appPassword());
        assertThat(answer(robot)).isEqualTo("Connexion réussie : la base du bureau de Marie-Ève Tremblay ("
                + db.app().where() + "&sslmode=disable).");
        ComboBox<String> member = robot.lookup("#server-member").queryComboBox();
        assertThat(member.getItems()).containsExactly("Julien Bélanger", "Sophie Ouellet", "Noémie D'Amours");
        assertThat(robot.lookup("#server-connect").queryButton().isDisabled()).as("nobody chosen yet").isTrue();
        robot.interact(() -> member.setValue("Sophie Ouellet"));
        robot.clickOn("#server-connect");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.session().get().file() instanceof ServerStore);
        WaitForAsyncUtils.waitForFxEvents();
        ServerStore server = (ServerStore) main.session().get().file();
        String where = server.where();
        assertThat(server.signedAs()).isEqualTo("Sophie Ouellet");
        assertThat(stage.getTitle()).endsWith(" — " + where);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains(where);
        assertThat(robot.lookup("#status-member").queryAs(Label.class).getText())
                .isEqualTo("Connecté·e : Sophie Ouellet");
        assertThat(main.session().get().office().profile().mnaName()).isEqualTo("Marie-Ève Tremblay");
        // The file was closed cleanly: another process may open it at once.
        DataFile.open(file).close();
        assertThat(settings.recentServers()).containsExactly(where);
        assertThat(settings.lastStore()).contains(where);
        assertThat(settings.member(where)).contains("Sophie Ouellet");
        assertThat(settings.passwords().lookup(where)).contains(appPassword());
        // Back on the file, then the server again from the recent list: the keyring's password, the same member.
        robot.interact(() -> main.openPath(file));
        assertThat(main.session().get().file()).isInstanceOf(DataFile.class);
        javafx.scene.control.MenuItem recent = recentItem("menu-recent-server-0");
        assertThat(recent.getText()).isEqualTo("Base du bureau : " + where);
        robot.interact(recent::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.session().get().file() instanceof ServerStore);
        assertThat(((ServerStore) main.session().get().file()).signedAs()).isEqualTo("Sophie Ouellet");
    }

    @Test
    void eachRefusalIsOneLineInFrenchAndNothingIsWritten(FxRobot robot) throws Exception {
        openDialog(robot, "#menu-office-server");
        fill(robot, db.owner(), "");
        assertThat(answer(robot)).as("empty").startsWith("La base " + db.owner().where())
                .endsWith("est vide : vous pouvez y partager un fichier (Fichier → Partager avec le bureau…).");
        type(robot, "#server-password", "pas-le-bon-Zx81");
        assertThat(answer(robot)).startsWith("Le mot de passe de trousse_owner est refusé par ");
        type(robot, "#server-password", "");
        type(robot, "#server-port", "1");
        assertThat(answer(robot)).startsWith("Le serveur postgresql://").endsWith(
                "ne répond pas : vérifiez le réseau, le nom du serveur et son port.");
        type(robot, "#server-port", "huit");
        assertThat(answer(robot)).isEqualTo("Le port doit être un nombre de 1 à 65535.");
        type(robot, "#server-port", String.valueOf(db.owner().port()));
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoice(id BIGINT PRIMARY KEY)");
        }
        assertThat(answer(robot)).contains("n’est pas une base Trousse JPS");
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE invoice");
        }
        ServerStore.open(db.owner()).close();
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE trousse_schema SET version = version + 1");
        }
        assertThat(answer(robot)).contains("a été créée par une version plus récente de Trousse JPS");
        assertThat(robot.lookup("#server-connect").queryButton().isDisabled()).isTrue();
        assertThat(main.session().get().file()).isInstanceOf(DataFile.class);
        assertThat(settings.recentServers()).isEmpty();
        assertThat(Files.exists(dir.resolve("cfg" + FILES.get()).resolve("server-passwords"))).isFalse();
    }
}
