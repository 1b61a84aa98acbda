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
    /** Work submitted and not yet finished, in every executor of this JVM: the screenshot tour waits for none. */
    private static final java.util.concurrent.atomic.AtomicInteger IN_FLIGHT =
            new java.util.concurrent.atomic.AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "trousse-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> RunningWork submit(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        Task<T> task = new WorkTask<>(work);
        IN_FLIGHT.incrementAndGet();
        task.setOnSucceeded(e -> finish(() -> onDone.accept(task.getValue())));
        task.setOnFailed(e -> finish(() -> onFailure.accept(task.getException())));
        task.setOnCancelled(e -> finish(() -> onFailure.accept(new Progress.CancelledException())));
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

    /** Whether no background work is running or waiting to hand its result to the FX thread. */
    public static boolean idle() {
        return IN_FLIGHT.get() == 0;
    }

    private static void finish(Runnable handOver) {
        try {
            handOver.run();
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
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
