package qc.trousse.ui.importing;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.junit.jupiter.api.Test;
import qc.trousse.ui.task.RunningWork;
import qc.trousse.work.Progress;

import static org.assertj.core.api.Assertions.assertThat;

/** Cancel stops a write until its last row is written, never after: then the transaction is committing. */
class ImportWritingTest {
    private boolean cancelled;
    private final Progress task = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    };
    private final RunningWork work = new RunningWork() {
        @Override
        public ReadOnlyDoubleProperty progress() {
            return new ReadOnlyDoubleWrapper(0).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty running() {
            return new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    };

    @Test
    void cancelIsTakenWhileRowsAreBeingWritten() {
        ImportWriting writing = new ImportWriting();
        Progress guarded = writing.guard(task);
        writing.started(work, false);
        guarded.update(500, 2_000);
        writing.cancel();
        assertThat(guarded.isCancelled()).isTrue();
    }

    @Test
    void cancelIsNotTakenOnceEveryRowIsWritten() {
        ImportWriting writing = new ImportWriting();
        Progress guarded = writing.guard(task);
        writing.started(work, false);
        guarded.update(2_000, 2_000);
        writing.cancel();
        assertThat(guarded.isCancelled()).isFalse();
    }
}
