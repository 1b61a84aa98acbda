package qc.trousse.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/** A handle on submitted work: bind a progress bar to it, offer a Cancel button. */
public interface RunningWork {
    /** From 0 to 1, or -1 while the total is not known. */
    ReadOnlyDoubleProperty progress();

    ReadOnlyBooleanProperty running();

    void cancel();
}
