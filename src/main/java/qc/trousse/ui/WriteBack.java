package qc.trousse.ui;

import javafx.beans.value.ObservableValue;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Two-way binding without a guard flag (docs/adr/0008-one-screen-lifecycle.md): a control writes back only a value
 * that differs from what the file holds. Showing the file's value in the control is then never written again, and
 * there is no "showing" flag to set and forget to clear.
 */
public final class WriteBack {
    private WriteBack() {
    }

    /** When the control's value changes to something the file does not already hold, writes it. */
    public static <T> void of(ObservableValue<T> control, Supplier<T> held, Consumer<T> write) {
        control.addListener((o, was, now) -> {
            if (now != null && !now.equals(held.get())) {
                write.accept(now);
            }
        });
    }
}
