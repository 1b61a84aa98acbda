package qc.trousse.store;

import java.nio.file.Path;

/** Lets tests of other packages damage a file the way DataFileTest does. */
public final class DataFileTestAccess {
    private DataFileTestAccess() {
    }

    public static void corrupt(Path path) throws Exception {
        DataFileTest.corrupt(path);
    }

    /** Folds the write-ahead log into the main file, so the file alone holds the data. */
    public static void checkpoint(DataFile file) throws Exception {
        try (var s = file.connection().createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}
