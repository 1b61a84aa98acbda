package qc.trousse.ui.server;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.i18n.Lang;
import qc.trousse.store.Logs;
import qc.trousse.store.PreferencesUserSettings;
import qc.trousse.store.PrivateFilePasswords;
import qc.trousse.store.ServerStore;
import qc.trousse.store.StoreUrl;
import qc.trousse.store.TestDatabase;
import qc.trousse.ui.AppAssembly;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.WindowFixture;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password of the office's server, pasted in an address then typed wrong and right, never reaches the user
 * preferences, the log, the journal beside the file, the recent list, an exception's message or any text on
 * screen; only the private file (0600) of the keyring's fallback holds it. The next start reopens the server.
 */
@ExtendWith(ApplicationExtension.class)
class PasswordNeverShownWindowTest {
    @TempDir
    static Path dir;
    private TestDatabase db;
    private MainViewModel main;
    private Preferences node;
    private PreferencesUserSettings settings;
    private PrivateFilePasswords keyring;
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            synchronized (logged) {
                logged.add(format.format(r));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void database() {
        db = TestDatabase.fresh();
        Logger.getLogger("qc.trousse").addHandler(capture);
    }

    @AfterEach
    void drop() throws Exception {
        Logger.getLogger("qc.trousse").removeHandler(capture);
        if (db != null) {
            db.close();
        }
        node.removeNode();
    }

    @Start
    void start(Stage stage) {
        node = Preferences.userRoot().node("qc/trousse/test-" + UUID.randomUUID());
        keyring = new PrivateFilePasswords(dir.resolve("config").resolve("server-passwords"));
        settings = new PreferencesUserSettings(node, keyring);
        main = WindowFixture.open(stage, dir.resolve("bureau.db"), new qc.trousse.ui.MemoryUserSettings(), Lang.FR);
        main = AppAssembly.showSession(stage, main.session().get(), settings, Optional.of(Lang.FR),
                WindowFixture.CAMPAIGN_MONDAY);
    }

    private static String answer(FxRobot robot) throws Exception {
        robot.clickOn("#server-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#server-test").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#server-answer").queryLabeled().getText();
    }

    /** Every text the windows show, except what a password field holds (masked). */
    private static List<String> textsOnScreen() {
        List<String> texts = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s) {
                texts.add(s.getTitle());
            }
            if (w.getScene() != null) {
                collect(w.getScene().getRoot(), texts);
            }
        }
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled l) {
            texts.add(l.getText());
        } else if (node instanceof TextInputControl t && !(node instanceof PasswordField)) {
            texts.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    @Test
    void thePasswordIsKeptOnlyInThePrivateFileAndTheNextStartReopensTheServer(FxRobot robot) throws Exception {
        String password = ServerFixture.password("trousse_owner");
        String wrong = "pas-le-bon-Zx81";
        StoreUrl owner = db.owner();
        robot.clickOn("#menu-file").clickOn("#menu-office-server");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#server-host").tryQuery().isPresent());
        // An address pasted whole, password in it: accepted, split into the fields, the password masked.
        TextInputControl host = robot.lookup("#server-host").queryTextInputControl();
        robot.interact(() -> host.setText("postgresql://" + owner.user() + ":" + wrong + "@" + owner.host() + ":"
                + owner.port() + "/" + owner.database()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> host.getText().equals(owner.host()));
        assertThat(robot.lookup("#server-password").queryAs(PasswordField.class).getText()).isEqualTo(wrong);
        assertThat(robot.lookup("#server-user").queryTextInputControl().getText()).isEqualTo(owner.user());
        assertThat(answer(robot)).startsWith("Le mot de passe de trousse_owner est refusé");
        assertThat(String.join("\n", textsOnScreen())).doesNotContain(wrong);
        robot.interact(() -> robot.lookup("#server-password").queryAs(PasswordField.class).setText(password));
        assertThat(answer(robot)).contains("est vide");
        // An empty database and no team yet: a free name, and the office starts on the server.
        robot.interact(() -> robot.lookup("#server-member").queryComboBox().getEditor().setText("Léa Tremblay"));
        robot.clickOn("#server-connect");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> main.session().get().file() instanceof ServerStore);
        WaitForAsyncUtils.waitForFxEvents();
        String where = main.session().get().where();
        assertThat(((ServerStore) main.session().get().file()).signedAs()).isEqualTo("Léa Tremblay");

        ByteArrayOutputStream prefs = new ByteArrayOutputStream();
        node.exportSubtree(prefs);
        List<String> places = new ArrayList<>(List.of(prefs.toString(StandardCharsets.UTF_8),
                String.join("\n", settings.recentServers()), settings.lastStore().orElse(""),
                String.join("\n", textsOnScreen())));
        synchronized (logged) {
            places.addAll(logged);
        }
        try (var journal = Files.walk(Logs.folderOf(dir.resolve("bureau.db")))) {
            for (Path f : journal.filter(Files::isRegularFile).toList()) {
                places.add(Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(logged).as("the wrong password's refusal was logged").anyMatch(l -> l.contains("WRONG_PASSWORD"));
        assertThat(places).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(password, wrong));
        assertThat(settings.recentServers()).containsExactly(where);
        assertThat(Files.readString(keyring.file())).contains(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyring.file())))
                .isEqualTo("rw-------");

        // The next start, without --data: the last store used was this server, reopened with the member.
        AtomicReference<MainViewModel> next = new AtomicReference<>();
        robot.interact(() -> {
            Stage again = new Stage();
            AppAssembly.showLastStore(again, dir.resolve("defaut.db"), settings, Optional.of(Lang.FR),
                    WindowFixture.CAMPAIGN_MONDAY, shown -> next.set(shown.orElseThrow()));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> next.get() != null);
        assertThat(next.get().session().get().where()).isEqualTo(where);
        assertThat(((ServerStore) next.get().session().get().file()).signedAs()).isEqualTo("Léa Tremblay");
        robot.interact(() -> next.get().close());
    }
}
