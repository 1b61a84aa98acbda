package qc.trousse.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The window owns its screens' lifecycle: built once while reachable, refreshed when shown, disposed once. */
@ExtendWith(ApplicationExtension.class)
class ScreenLifecycleWindowTest {
    private static final AtomicInteger FILES = new AtomicInteger();
    @TempDir
    static Path dir;
    private Stage stage;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = WindowFixture.open(stage, dir.resolve("vie" + FILES.incrementAndGet() + ".db"),
                new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void goingBackToAScreenShowsTheSameOneWithWhatChangedElsewhere(FxRobot robot) {
        robot.clickOn("#nav-home");
        Node home = robot.lookup("#home-view").query();
        assertThat(robot.lookup("#home-greeting").queryAs(Label.class).getText())
                .startsWith("Commencez par remplir le profil du bureau");

        robot.clickOn("#nav-profile");
        assertThat(robot.lookup("#home-view").tryQuery()).isEmpty();
        OfficeService office = main.session().get().office();
        robot.interact(() -> {
            office.update("mna", p -> p.withMnaName("Jean Tremblay"));
            office.chooseRiding(office.ridings().find("Taschereau").orElseThrow());
        });
        robot.clickOn("#nav-home");

        assertThat(robot.lookup("#home-view").<Node>query()).isSameAs(home);
        assertThat(robot.lookup("#home-greeting").queryAs(Label.class).getText()).contains("Jean Tremblay");
    }

    @Test
    void everyScreenIsBuiltOnceDisposedOnceAndRebuiltAfterALanguageSwitch(FxRobot robot) throws Exception {
        List<Counted> made = new ArrayList<>();
        Session session = new SessionOpener(new ScriptedDialogs(), Editions.shipped(), Ridings.load())
                .open(dir.resolve("compte" + FILES.incrementAndGet() + ".db"));
        MainViewModel model = new MainViewModel(session, new ScriptedDialogs(), new MemoryUserSettings(),
                new SessionOpener(new ScriptedDialogs(), Editions.shipped(), Ridings.load()));
        robot.interact(() -> {
            MainWindow window = new MainWindow(stage, model, s -> List.of(
                    new Screen("a", "nav.home", Feather.HOME, () -> add(made, new Counted("a"))),
                    new Screen("b", "nav.profile", Feather.USER, () -> add(made, new Counted("b")))), "a");
            stage.show();
            window.show("b");
            window.show("a");
            window.show("b");
        });
        assertThat(made).extracting(c -> c.id).containsExactly("a", "b");
        assertThat(made.get(0).shown).isEqualTo(2);
        assertThat(made.get(0).hidden).isEqualTo(2);
        assertThat(made.get(1).shown).isEqualTo(2);
        assertThat(made).allSatisfy(c -> assertThat(c.disposed).isZero());

        robot.interact(() -> model.switchLanguage(Lang.EN));
        assertThat(made).hasSize(3);
        assertThat(made.subList(0, 2)).allSatisfy(c -> assertThat(c.disposed).isEqualTo(1));
        assertThat(made.get(2).id).isEqualTo("b");

        robot.interact(() -> stage.close());
        assertThat(made).allSatisfy(c -> assertThat(c.disposed).isEqualTo(1));
        robot.interact(() -> model.switchLanguage(Lang.FR));
        session.close();
    }

    private static Node add(List<Counted> made, Counted c) {
        made.add(c);
        return c;
    }

    /** A screen that counts what the window told it. */
    private static final class Counted extends VBox implements ScreenLifecycle {
        final String id;
        int shown;
        int hidden;
        int disposed;

        Counted(String id) {
            this.id = id;
        }

        @Override
        public void shown() {
            shown++;
        }

        @Override
        public void hidden() {
            hidden++;
        }

        @Override
        public void disposed() {
            disposed++;
        }
    }
}
