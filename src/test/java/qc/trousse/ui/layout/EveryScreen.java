package qc.trousse.ui.layout;

import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.function.Consumer;

/** Walks every screen of the sidebar in the real window, for the checks made on all of them alike. */
final class EveryScreen {
    static final List<String> SCREENS = List.of("home", "profile", "gestures", "cocktail", "checkin", "posts",
            "recipients", "onsite", "certificate-design", "report");

    private EveryScreen() {
    }

    /** Shows each screen in turn, then hands its name to the check once the screen is drawn. */
    static void visit(FxRobot robot, Stage stage, Consumer<String> check) {
        for (String screen : SCREENS) {
            robot.interact(() -> ((ButtonBase) stage.getScene().lookup("#nav-" + screen)).fire());
            WaitForAsyncUtils.waitForFxEvents();
            check.accept(screen);
        }
    }
}
