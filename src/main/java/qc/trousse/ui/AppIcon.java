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
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        try (InputStream in = AppIcon.class.getResourceAsStream(SOURCE)) {
            if (in != null) {
                // Loaded at 256 px: the window manager picks its own size, and the 1024 px source is slow to decode.
                stage.getIcons().add(new Image(in, 256, 256, true, true));
            }
        } catch (java.io.IOException ignored) {
            // no icon: the window still works
        }
    }
}
