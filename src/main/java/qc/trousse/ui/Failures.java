package qc.trousse.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The window's one error path. A failure is logged with its cause (into the log beside the data file that
 * {@code store/Logs} installs) and told to the person in one sentence of their language; a refusal of what they
 * asked is told the same way. Screens and view-models call this rather than {@link DialogService#error}, which
 * only this class calls ({@code architecture/OneMechanismTest}). See docs/adr/0007-one-error-path.md.
 */
public final class Failures {
    private static final Logger LOG = Logger.getLogger("qc.trousse.ui");

    private Failures() {
    }

    /** Something failed (a write, a file, a printer, a background work): logged with its cause, then told. */
    public static void report(DialogService dialogs, String title, String message, Throwable cause) {
        log(title + ": " + message, cause);
        dialogs.error(title, message);
    }

    /**
     * What the person asked cannot be done as asked (a field, a file that is not an image, no printer): told,
     * and nothing changed. Nothing failed in the app, so the log keeps it only at its finest level.
     */
    public static void refuse(DialogService dialogs, String title, String message) {
        LOG.fine(() -> "refused: " + title + ": " + message);
        dialogs.error(title, message);
    }

    /** What nothing caught on this thread (an event handler that threw) is logged with its cause, not only printed. */
    static void catchUncaught() {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> log("uncaught on " + thread.getName(), e));
    }

    /** A failure that does not stop the work and that the person need not act on: logged with its cause only. */
    public static void log(String what, Throwable cause) {
        LOG.log(Level.WARNING, what, cause);
    }
}
