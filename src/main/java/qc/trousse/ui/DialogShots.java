package qc.trousse.ui;

import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import qc.trousse.ui.certificates.RecipientsView;
import qc.trousse.ui.task.FxBackgroundExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main dialogs for --screenshots, after the screens: Nouvelle édition…, Semaine de l'édition…, the import
 * preview of a small list and the print confirmation. Each is opened on the real window as a person would,
 * pictured, then closed the way "Annuler" / "Non" closes it, so the file is never changed.
 */
final class DialogShots extends ShotSequence<DialogShots.Shot> {
    private static final int QUIET_FRAMES = 4;
    /** A dialog that never shows (nothing left to print, say) is pictured as the window stands, so the tour ends. */
    private static final long PATIENCE_NANOS = 15_000_000_000L;
    private static final String SAMPLE = "/assets/demo/destinataires-exemple.csv";

    record Shot(String name, Runnable open, Supplier<Optional<Window>> shown, Consumer<Window> close) {
    }

    private final Stage main;
    private final Path folder;

    private DialogShots(Stage main, Path folder, Consumer<List<Path>> whenDone) {
        super(QUIET_FRAMES, PATIENCE_NANOS, whenDone);
        this.main = main;
        this.folder = folder;
    }

    static void run(Stage main, MainViewModel model, Path folder, Consumer<List<Path>> whenDone) {
        new DialogShots(main, folder, whenDone).walk(List.of(
                new Shot("new-edition", () -> model.files().newEdition(), () -> dialog("#new-edition"),
                        Window::hide),
                new Shot("edition-week", () -> model.editionWeek().open(), () -> dialog("#edition-week"),
                        Window::hide),
                new Shot("import", () -> recipients(main).model().importer().load(sample()),
                        () -> Optional.of(main), w -> recipients(main).model().importer().close()),
                new Shot("print", () -> fire(main, "#output-print"), () -> dialog(".dialog-pane"), Window::hide)));
    }

    @Override
    protected void open(Shot shot) {
        // Later, so a dialog's own wait (showAndWait) runs outside this frame, as after a click.
        Platform.runLater(shot.open());
    }

    @Override
    protected boolean ready(Shot shot) {
        return shot.shown().get().isPresent() && FxBackgroundExecutor.idle();
    }

    @Override
    protected Path take(Shot shot) {
        Optional<Window> window = shot.shown().get();
        Path file = write(main, window.orElse(main), folder.resolve(shot.name() + ".png"));
        window.ifPresent(shot.close());
        return file;
    }

    @Override
    protected void after(Shot taken) {
        Platform.runLater(this::next);
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
}
