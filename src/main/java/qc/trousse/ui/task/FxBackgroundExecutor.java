package qc.trousse.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.concurrent.Task;
import qc.trousse.work.Progress;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Runs work in a javafx.concurrent.Task on daemon threads, so the window never waits on I/O. */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "trousse-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> RunningWork submit(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        Task<T> task = new WorkTask<>(work);
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        task.setOnCancelled(e -> onFailure.accept(new Progress.CancelledException()));
        pool.submit(task);
        return new RunningWork() {
            @Override
            public ReadOnlyDoubleProperty progress() {
                return task.progressProperty();
            }

            @Override
            public ReadOnlyBooleanProperty running() {
                return task.runningProperty();
            }

            @Override
            public void cancel() {
                task.cancel(false);
            }
        };
    }

    /** The Task that hands the work a Progress view of itself. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final Work<T> work;

        WorkTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }
}
