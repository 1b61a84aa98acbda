package qc.trousse.ui;

import javafx.stage.Stage;
import qc.trousse.i18n.Lang;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Opens the real window on a test file, as the app does, with a clock set in the campaign week. */
public final class WindowFixture {
    /** Monday 17 February 2020, 9:00 in Québec: the first day of the campaign. */
    public static final Clock CAMPAIGN_MONDAY = Clock.fixed(
            LocalDate.of(2020, 2, 17).atTime(9, 0).atZone(ZoneId.of("America/Toronto")).toInstant(),
            ZoneId.of("America/Toronto"));

    private WindowFixture() {
    }

    public static MainViewModel open(Stage stage, Path data, MemoryUserSettings settings, Lang lang) {
        // A dialog or window left open by an earlier test would take the robot's clicks: start clean.
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != stage)
                .forEach(javafx.stage.Window::hide);
        // The window tests play the 2020 week on its Monday: a file made before the window opens it records 2020
        // (a file the window makes itself takes the edition in progress or next, see SessionOpenerTest).
        if (java.nio.file.Files.notExists(data)) {
            try {
                qc.trousse.store.DataFile.open(data).close();
            } catch (qc.trousse.store.DataFileException e) {
                throw new IllegalStateException(e);
            }
        }
        return AppAssembly.show(stage, data, settings, Optional.of(lang), CAMPAIGN_MONDAY)
                .orElseThrow(() -> new IllegalStateException("window did not open on " + data));
    }

    /** Opens the real window on a session already open (a store on the office's server, say). */
    public static MainViewModel openSession(Stage stage, qc.trousse.session.Session session,
                                            MemoryUserSettings settings, Lang lang) {
        return openSession(stage, session, settings, lang, java.util.function.UnaryOperator.identity());
    }

    /**
     * The same with the window's dialogs wrapped: the system's file chooser cannot be driven by the robot, so a test
     * answers it with a file, the other dialogs staying the real ones.
     */
    public static MainViewModel openSession(Stage stage, qc.trousse.session.Session session,
                                            MemoryUserSettings settings, Lang lang,
                                            java.util.function.UnaryOperator<DialogService> dialogs) {
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != stage)
                .forEach(javafx.stage.Window::hide);
        return AppAssembly.showSession(stage, session, settings, Optional.of(lang), CAMPAIGN_MONDAY, dialogs);
    }

    /**
     * Opens the real window on a copy of the demo week, in French, at 0,0 on a 1280×800 laptop screen: the
     * demo file itself is never written.
     */
    public static MainViewModel openDemoLaptop(Stage stage, Path dir) {
        Path demo;
        try {
            demo = java.nio.file.Files.createTempFile(dir, "demo-", ".db");
            java.nio.file.Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), demo,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MainViewModel main = open(stage, demo, new MemoryUserSettings(), Lang.FR);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        return main;
    }

    /** Scrolls the screen so the node is in view, as a person would before clicking it. */
    public static <T extends javafx.scene.Node> T reveal(org.testfx.api.FxRobot robot, String query) {
        T node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Node p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) p;
            javafx.scene.Node content = scroll.getContent();
            javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (b.getMinY() - 40) / room)));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return node;
    }
}
