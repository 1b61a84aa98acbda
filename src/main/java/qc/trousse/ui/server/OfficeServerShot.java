package qc.trousse.ui.server;

import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
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
                write(main, dialog, file);
                dialog.close();
                done.accept(file);
            }
        }.start();
    }

    private static void write(Stage main, Stage dialog, Path file) {
        BufferedImage back = SwingFXUtils.fromFXImage(main.getScene().snapshot(null), null);
        BufferedImage front = SwingFXUtils.fromFXImage(dialog.getScene().snapshot(null), null);
        Graphics2D g = back.createGraphics();
        int x = (back.getWidth() - front.getWidth()) / 2;
        int y = Math.max(0, (back.getHeight() - front.getHeight()) / 3);
        g.setColor(new java.awt.Color(0, 0, 0, 60));
        g.fillRect(x + 4, y + 4, front.getWidth(), front.getHeight());
        g.drawImage(front, x, y, null);
        g.setColor(new java.awt.Color(120, 120, 120));
        g.drawRect(x - 1, y - 1, front.getWidth() + 1, front.getHeight() + 1);
        g.dispose();
        try {
            ImageIO.write(back, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
