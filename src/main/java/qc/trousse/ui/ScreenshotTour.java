package qc.trousse.ui;

import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import qc.trousse.cli.ScreenshotTourRequest;
import qc.trousse.ui.task.FxBackgroundExecutor;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opens each screen of the sidebar in turn, as a person clicking it would, and writes what the window shows to
 * one PNG per screen. It waits until the screen's background work (previews, counts) is done and a few frames
 * have been drawn, so the picture is what the person would see, not a half-filled screen.
 */
final class ScreenshotTour extends AnimationTimer {
    /** Frames drawn with nothing running before the picture is taken: layout and CSS settle in two. */
    private static final int QUIET_FRAMES = 3;
    /** A screen still busy after this long is taken as it is, so the tour always ends. */
    private static final long PATIENCE_NANOS = 20_000_000_000L;
    private final Stage stage;
    private final Path folder;
    private final Deque<String> ids = new ArrayDeque<>();
    private final List<Path> written = new ArrayList<>();
    private final Consumer<List<Path>> whenDone;
    private String current;
    private int quiet;
    private long openedAt;

    private ScreenshotTour(Stage stage, Path folder, Consumer<List<Path>> whenDone) {
        this.stage = stage;
        this.folder = folder;
        this.whenDone = whenDone;
    }

    /** Sizes the window, then walks every screen; the files written are handed over at the end. */
    static void run(Stage stage, ScreenshotTourRequest request, Consumer<List<Path>> whenDone) {
        try {
            Files.createDirectories(request.folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // At the top left, so a window as large as the screen is not pushed past its edge.
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(request.width());
        stage.setHeight(request.height());
        ScreenshotTour tour = new ScreenshotTour(stage, request.folder(), whenDone);
        for (Node button : stage.getScene().getRoot().lookupAll(".sidebar .toggle-button")) {
            tour.ids.add(button.getId());
        }
        tour.next();
        tour.start();
    }

    @Override
    public void handle(long now) {
        if (current == null) {
            return;
        }
        boolean settled = FxBackgroundExecutor.idle() && ++quiet >= QUIET_FRAMES;
        if (!FxBackgroundExecutor.idle()) {
            quiet = 0;
        }
        if (settled || now - openedAt > PATIENCE_NANOS) {
            take(current.substring("nav-".length()));
            next();
        }
    }

    private void next() {
        current = ids.poll();
        if (current == null) {
            stop();
            whenDone.accept(List.copyOf(written));
            return;
        }
        Scene scene = stage.getScene();
        ((ButtonBase) scene.lookup("#" + current)).fire();
        quiet = 0;
        openedAt = System.nanoTime();
    }

    private void take(String name) {
        Path file = folder.resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
            written.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
