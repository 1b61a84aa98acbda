package qc.trousse.ui.server;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import javafx.stage.Window;
import qc.trousse.ui.ShotSequence;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The picture of Fichier → Base du bureau… for the README, taken by --screenshots after the screens: the dialog
 * as a person opens it, drawn over the window where the desktop would show it.
 */
public final class OfficeServerShot {
    private static final int FRAMES = 4;

    private OfficeServerShot() {
    }

    public static void take(Stage main, OfficeServer server, Path folder, Consumer<Path> done) {
        ServerConnectionViewModel model = server.showConnect();
        if (model.form().host().get().isEmpty()) {
            model.form().host().set("serveur-bureau.local");
            model.form().user().set("trousse_app");
        }
        Stage dialog = (Stage) Window.getWindows().stream().filter(w -> w != main && w.isShowing()
                && w.getScene() != null && w.getScene().lookup("#server-dialog") != null).findFirst().orElseThrow();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < FRAMES) {
                    return;
                }
                stop();
                Path file = folder.resolve("office-server.png");
                ShotSequence.write(main, dialog, file);
                dialog.close();
                done.accept(file);
            }
        }.start();
    }
}
