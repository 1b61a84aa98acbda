package qc.trousse.ui.task;

import qc.trousse.work.Progress;

import java.util.function.Consumer;

/**
 * Runs long work off the FX thread with progress and cancel. Results and failures come back on the FX
 * thread. Tests use {@link DirectExecutor}, which runs everything at once on the calling thread.
 */
public interface BackgroundExecutor {
    /** A piece of work that reports progress and stops when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    <T> RunningWork submit(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);
}
