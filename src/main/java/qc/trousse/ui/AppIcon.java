package qc.trousse.ui;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;

/** The app's icon, from the one source image in assets, for the window and the task bar. */
final class AppIcon {
    private static final String SOURCE = "/assets/images/trousse-jps-icon.png";

    private AppIcon() {
    }

    static void apply(Stage stage) {
        if (stage.getIcons().isEmpty()) {
            decode().ifPresent(stage.getIcons()::add);
        }
    }

    /** The same, decoded on the executor's thread while the FX thread makes the window (0.1–0.3 s of PNG). */
    static void applyLater(Stage stage, qc.trousse.ui.task.BackgroundExecutor executor) {
        executor.submit(progress -> decode(), icon -> {
            if (stage.getIcons().isEmpty()) {
                icon.ifPresent(stage.getIcons()::add);
            }
        }, failure -> Failures.log("no window icon", failure));
    }

    private static java.util.Optional<Image> decode() {
        try (InputStream in = AppIcon.class.getResourceAsStream(SOURCE)) {
            // Loaded at 256 px: the window manager picks its own size, and the 1024 px source is slow to decode.
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new Image(in, 256, 256, true, true));
        } catch (java.io.IOException e) {
            return java.util.Optional.empty(); // no icon: the window still works
        }
    }
}
