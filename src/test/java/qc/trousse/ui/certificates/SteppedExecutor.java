package qc.trousse.ui.certificates;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.ui.task.RunningWork;
import qc.trousse.work.Progress;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Holds submitted work until the test runs it, so a Cancel can be pressed while the work is under way. */
final class SteppedExecutor implements BackgroundExecutor {
    private final Deque<Runnable> pending = new ArrayDeque<>();

    /** Runs the oldest submitted work on this thread. */
    void runNext() {
        pending.poll().run();
    }

    /** Runs the submitted work, and any work it submits in turn, on this thread. */
    void runAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    @Override
    public <T> RunningWork submit(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        boolean[] cancelled = {false};
        pending.add(() -> {
            try {
                T result = work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        progress.set((double) done / total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled[0];
                    }
                });
                running.set(false);
                onDone.accept(result);
            } catch (Exception e) {
                running.set(false);
                onFailure.accept(e);
            }
        });
        return new RunningWork() {
            @Override
            public ReadOnlyDoubleProperty progress() {
                return progress.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyBooleanProperty running() {
                return running.getReadOnlyProperty();
            }

            @Override
            public void cancel() {
                cancelled[0] = true;
            }
        };
    }
}
