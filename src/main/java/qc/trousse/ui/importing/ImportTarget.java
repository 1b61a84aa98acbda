package qc.trousse.ui.importing;

import qc.trousse.importing.ImportSchema;
import qc.trousse.work.Progress;

import java.util.Collection;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * What a list is imported into (the recipients, the cocktail's guests): the shared preview asks it for a
 * schema, the names already there, and how to save the good rows.
 */
public interface ImportTarget<T> {
    /** A schema for the file about to be read (the recipients' default date is today's, so it is made anew). */
    ImportSchema<T> schema();

    /** The field ids in the order the mapping form shows them: the name first. */
    List<String> fieldOrder();

    /** The name a row is known by, to count those already in the list. */
    String name(T value);

    /** The names already in the file. */
    Collection<String> namesInFile();

    /**
     * Saves the rows: the returned step is run on the FX thread, which owns the undo history, and says how
     * many were added. The slow part may happen here, off the FX thread, or in the step itself.
     */
    IntSupplier write(List<T> rows);

    /**
     * The same with progress and Cancel. A cancelled write leaves the file as it was; by default the rows are
     * written in the returned step, which nothing cancels once it runs.
     */
    default IntSupplier write(List<T> rows, Progress progress) throws Progress.CancelledException {
        progress.throwIfCancelled();
        return write(rows);
    }

    /** Message key of the file chooser's title. */
    String chooseKey();

    /** The screen's wording for what is imported. */
    ImportWords words();

    /** Message key of the outcome: {0} rows added from {1}. */
    String doneKey();
}
