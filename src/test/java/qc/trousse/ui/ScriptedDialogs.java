package qc.trousse.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A DialogService that answers from a script and records what it was shown: view-model tests need no window. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<Path> files = new ArrayDeque<>();
    /** The same queue as {@link #files}, under the name the recipients tests use. */
    public final Deque<Path> filesToOpen = files;
    public int confirmations;
    /** What each confirmation asked, in order. */
    public final List<String> questions = new ArrayList<>();
    public final Deque<Integer> choices = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    /** The answer of every save chooser once {@link #files} is used up. */
    public Path saveAnswer;
    /** The file name the app suggested in the last save chooser. */
    public String suggested;

    @Override
    public void error(String title, String message) {
        errors.add(message);
    }

    @Override
    public void info(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations++;
        questions.add(message);
        return confirmAnswer;
    }

    @Override
    public int choose(String title, String message, List<String> actions) {
        errors.add(message);
        return choices.isEmpty() ? -1 : choices.pop();
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
        suggested = suggestedName;
        return Optional.ofNullable(files.isEmpty() ? saveAnswer : files.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(files.poll());
    }
}
