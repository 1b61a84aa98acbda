package qc.trousse.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import qc.trousse.ui.certificates.RecipientsView;
import qc.trousse.ui.task.FxBackgroundExecutor;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main dialogs for --screenshots, after the screens: Nouvelle édition…, Semaine de l'édition…, the import
 * preview of a small list and the print confirmation. Each is opened on the real window as a person would,
 * pictured, then closed the way "Annuler" / "Non" closes it, so the file is never changed.
 */
final class DialogShots extends AnimationTimer {
    private static final int QUIET_FRAMES = 4;
    /** A dialog that never shows (nothing left to print, say) is pictured as the window stands, so the tour ends. */
    private static final long PATIENCE_NANOS = 15_000_000_000L;
    private static final String SAMPLE = "/assets/demo/destinataires-exemple.csv";

    private record Shot(String name, Runnable open, Supplier<Optional<Window>> shown, Consumer<Window> close) {
    }

    private final Stage main;
    private final Path folder;
    private final Deque<Shot> shots = new ArrayDeque<>();
    private final List<Path> written = new ArrayList<>();
    private final Consumer<List<Path>> whenDone;
    private Shot current;
    private int quiet;
    private long openedAt;

    private DialogShots(Stage main, Path folder, Consumer<List<Path>> whenDone) {
        this.main = main;
        this.folder = folder;
        this.whenDone = whenDone;
    }

    static void run(Stage main, MainViewModel model, Path folder, Consumer<List<Path>> whenDone) {
        DialogShots tour = new DialogShots(main, folder, whenDone);
        tour.shots.add(new Shot("new-edition", () -> model.files().newEdition(), () -> dialog("#new-edition"),
                Window::hide));
        tour.shots.add(new Shot("edition-week", () -> model.editionWeek().open(), () -> dialog("#edition-week"),
                Window::hide));
        tour.shots.add(new Shot("import", () -> recipients(main).model().importer().load(sample()),
                () -> Optional.of(main), w -> recipients(main).model().importer().close()));
        tour.shots.add(new Shot("print", () -> fire(main, "#output-print"), () -> dialog(".dialog-pane"),
                Window::hide));
        tour.next();
        tour.start();
    }

    @Override
    public void handle(long now) {
        if (current == null) {
            return;
        }
        Optional<Window> window = current.shown().get();
        boolean late = now - openedAt > PATIENCE_NANOS;
        if (window.isEmpty() || !FxBackgroundExecutor.idle()) {
            quiet = 0;
            if (!late) {
                return;
            }
        }
        if (++quiet < QUIET_FRAMES && !late) {
            return;
        }
        Shot done = current;
        current = null;
        written.add(write(window.orElse(main), folder.resolve(done.name() + ".png")));
        window.ifPresent(done.close());
        Platform.runLater(this::next);
    }

    private void next() {
        current = shots.poll();
        if (current == null) {
            stop();
            whenDone.accept(List.copyOf(written));
            return;
        }
        quiet = 0;
        openedAt = System.nanoTime();
        // Later, so a dialog's own wait (showAndWait) runs outside this frame, as after a click.
        Platform.runLater(current.open());
    }

    private static Optional<Window> dialog(String selector) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane && w.getScene().lookup(selector) != null).findFirst();
    }

    private static RecipientsView recipients(Stage main) {
        fire(main, "#nav-recipients");
        return (RecipientsView) main.getScene().lookup("#recipients-view");
    }

    private static void fire(Stage main, String selector) {
        ((ButtonBase) main.getScene().lookup(selector)).fire();
    }

    /** The sample list travels in the jar; the preview reads a file, so it is copied out under its own name. */
    private static Path sample() {
        try (InputStream in = DialogShots.class.getResourceAsStream(SAMPLE)) {
            Path file = Files.createTempDirectory("trousse-shot").resolve("destinataires-exemple.csv");
            Files.copy(in, file);
            file.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dialog drawn over the window, where the desktop would place it. */
    private Path write(Window front, Path file) {
        BufferedImage back = SwingFXUtils.fromFXImage(main.getScene().snapshot(null), null);
        if (front != main) {
            BufferedImage dialog = SwingFXUtils.fromFXImage(front.getScene().snapshot(null), null);
            Graphics2D g = back.createGraphics();
            int x = Math.max(0, (back.getWidth() - dialog.getWidth()) / 2);
            int y = Math.max(0, (back.getHeight() - dialog.getHeight()) / 3);
            g.setColor(new Color(0, 0, 0, 60));
            g.fillRect(x + 4, y + 4, dialog.getWidth(), dialog.getHeight());
            g.drawImage(dialog, x, y, null);
            g.setColor(new Color(120, 120, 120));
            g.drawRect(x - 1, y - 1, dialog.getWidth() + 1, dialog.getHeight() + 1);
            g.dispose();
        }
        try {
            ImageIO.write(back, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
