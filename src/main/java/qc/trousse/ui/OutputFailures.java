package qc.trousse.ui;

import qc.trousse.work.WholeFile;

import java.util.function.Supplier;

/**
 * What the window says when an output could not be written. An output refused before any work (a folder given
 * as the file, a read-only folder, a folder one cannot enter…) already is one plain sentence naming the path:
 * it is shown alone, as the headless commands print it, not wrapped in "could not write: …". Any other failure
 * gets the screen's own sentence.
 */
public final class OutputFailures {
    private OutputFailures() {
    }

    public static String sentence(Throwable failure, Supplier<String> otherwise) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WholeFile.Refused refused) {
                return refused.getMessage();
            }
        }
        return otherwise.get();
    }
}
