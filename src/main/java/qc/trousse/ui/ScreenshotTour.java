package qc.trousse.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import qc.trousse.cli.ScreenshotTourRequest;
import qc.trousse.ui.task.FxBackgroundExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opens each screen of the sidebar in turn, as a person clicking it would, and writes what the window shows to
 * one PNG per screen. It waits until the screen's background work (previews, counts) is done and a few frames
 * have been drawn, so the picture is what the person would see, not a half-filled screen.
 */
final class ScreenshotTour extends ShotSequence<String> {
    /** Frames drawn with nothing running before the picture is taken: layout and CSS settle in two. */
    private static final int QUIET_FRAMES = 3;
    /** A screen still busy after this long is taken as it is, so the tour always ends. */
    private static final long PATIENCE_NANOS = 20_000_000_000L;
    private final Stage stage;
    private final Path folder;

    private ScreenshotTour(Stage stage, Path folder, Consumer<List<Path>> whenDone) {
        super(QUIET_FRAMES, PATIENCE_NANOS, whenDone);
        this.stage = stage;
        this.folder = folder;
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
        List<String> ids = new ArrayList<>();
        for (Node button : stage.getScene().getRoot().lookupAll(".sidebar .toggle-button")) {
            ids.add(button.getId());
        }
        new ScreenshotTour(stage, request.folder(), whenDone).walk(ids);
    }

    @Override
    protected void open(String id) {
        ((ButtonBase) stage.getScene().lookup("#" + id)).fire();
    }

    @Override
    protected boolean ready(String id) {
        return FxBackgroundExecutor.idle();
    }

    @Override
    protected Path take(String id) {
        return write(stage, stage, folder.resolve(id.substring("nav-".length()) + ".png"));
    }
}
