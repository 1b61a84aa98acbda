package qc.trousse.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the app puts to the user goes through here, so view-models can be tested
 * with a scripted implementation and no window.
 */
public interface DialogService {
    void error(String title, String message);

    void info(String title, String message);

    boolean confirm(String title, String message);

    /** Asks to pick one of several actions; returns its index, or -1 when the dialog was closed. */
    int choose(String title, String message, List<String> actions);

    Optional<Path> openFile(String title, List<FileType> types);

    Optional<Path> saveFile(String title, String suggestedName, List<FileType> types);

    Optional<Path> chooseFolder(String title);
}
