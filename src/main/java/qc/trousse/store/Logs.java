package qc.trousse.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * A rolling log beside the data file (five files of 1 MB), so what failed and why can be read after the fact.
 * It records failures and their causes, never the contents of the file.
 */
public final class Logs {
    private static final String ROOT = "qc.trousse";
    private static Handler handler;

    private Logs() {
    }

    public static Path folderOf(Path dataFile) {
        return dataFile.toAbsolutePath().resolveSibling("trousse-journaux");
    }

    /** Sends the app's log to the folder beside this data file; called again when another file is opened. */
    public static synchronized Path install(Path dataFile) {
        Path folder = folderOf(dataFile);
        try {
            Files.createDirectories(folder);
            FileHandler next = new FileHandler(folder.resolve("trousse-%g.log").toString(), 1_000_000, 5, true);
            next.setFormatter(new SimpleFormatter());
            next.setLevel(Level.INFO);
            Logger root = Logger.getLogger(ROOT);
            if (handler != null) {
                root.removeHandler(handler);
                handler.close();
            }
            root.addHandler(next);
            handler = next;
        } catch (IOException e) {
            // Without a log the app still works; the console keeps what it says.
            Logger.getLogger(ROOT).log(Level.WARNING, "no log file in " + folder, e);
        }
        return folder;
    }
}
