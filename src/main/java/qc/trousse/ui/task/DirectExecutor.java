package qc.trousse.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import qc.trousse.work.Progress;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view-model tests, with no timing to wait for. */
public final class DirectExecutor implements BackgroundExecutor {
    private boolean cancelRequested;

    /** Makes the next submitted work see itself cancelled, to test the cancel path. */
    public void cancelNext() {
        cancelRequested = true;
    }

    @Override
    public <T> RunningWork submit(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        boolean cancelled = cancelRequested;
        cancelRequested = false;
        try {
            T result = work.run(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            });
            running.set(false);
            onDone.accept(result);
        } catch (Exception e) {
            running.set(false);
            onFailure.accept(e);
        }
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
                // already finished
            }
        };
    }
}
