package qc.trousse.ui.certificates;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.ui.task.RunningWork;
import qc.trousse.work.Progress;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The work of the output panel, one piece at a time, in the background: busy, progress, a status line, Cancel.
 * A print job stops taking Cancel once its pages are drawn, so a job the printer accepts is never lost.
 */
final class OutputWork {
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final Object cancelLock = new Object();
    private volatile boolean sending;
    private RunningWork current;

    OutputWork(BackgroundExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    DoubleProperty progress() { return progress; }

    BooleanProperty busy() { return busy; }

    StringProperty status() { return status; }

    /** Runs the work; its result goes to done, its failure becomes the status and an error (Cancel: the status). */
    <T> void run(BackgroundExecutor.Work<T> work, Consumer<T> done, Function<Throwable, String> failure) {
        busy.set(true);
        progress.unbind();
        progress.set(0);
        RunningWork started = executor.submit(work, result -> {
            busy.set(false);
            done.accept(result);
        }, e -> {
            busy.set(false);
            if (e instanceof Progress.CancelledException) {
                status.set(I18n.tr("output.cancelled"));
                return;
            }
            String message = failure.apply(e);
            status.set(message);
            Failures.report(dialogs, I18n.tr("output.failed"), message, e);
        });
        current = started;
        if (busy.get()) {
            progress.bind(started.progress());
        }
    }

    /** Stops the work under way; a print job already on its way to the printer is not stopped (it will print). */
    void cancel() {
        synchronized (cancelLock) {
            if (current != null && !sending) {
                current.cancel();
            }
        }
    }

    /**
     * The work's progress, which stops taking Cancel once every page is drawn: from there the job goes to the
     * printer, and a job the printer accepted must be marked printed, not lost to a late Cancel.
     */
    Progress untilSent(Progress work) {
        sending = false;
        return new Progress() {
            @Override
            public void update(long done, long total) {
                work.update(done, total);
                if (done >= total) {
                    synchronized (cancelLock) {
                        sending = !work.isCancelled();
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return work.isCancelled();
            }
        };
    }

    static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
