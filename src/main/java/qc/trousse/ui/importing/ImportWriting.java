package qc.trousse.ui.importing;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import qc.trousse.ui.task.RunningWork;
import qc.trousse.work.Progress;

/**
 * The write of an import, which takes Cancel until its last row is written and not after: from there the
 * transaction commits, and a Cancel arriving then would leave rows in the file that the window never shows nor
 * puts on the undo history. Before that point a Cancel rolls the whole write back.
 */
final class ImportWriting {
    private final Object lock = new Object();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private volatile boolean committing;
    private RunningWork work;

    /** The write's progress, which marks the point of no return when it reaches its total uncancelled. */
    Progress guard(Progress work) {
        committing = false;
        return new Progress() {
            @Override
            public void update(long done, long total) {
                work.update(done, total);
                if (total > 0 && done >= total) {
                    synchronized (lock) {
                        committing = !work.isCancelled();
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return work.isCancelled();
            }
        };
    }

    /** The write is submitted; while it runs, its progress shows (from 0 to 1, -1 while not known). */
    void started(RunningWork started, boolean running) {
        work = started;
        if (running) {
            progress.bind(started.progress());
        }
    }

    void finished() {
        progress.unbind();
        progress.set(-1);
    }

    DoubleProperty progress() {
        return progress;
    }

    /** Stops the write unless it is already committing. */
    void cancel() {
        synchronized (lock) {
            if (work != null && !committing) {
                work.cancel();
            }
        }
    }
}
