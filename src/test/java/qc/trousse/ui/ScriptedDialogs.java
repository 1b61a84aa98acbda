package qc.trousse.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs answered from a script, recording what the user would have been shown. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    public int confirmations;

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
        return confirmAnswer;
    }

    @Override
    public int choose(String title, String message, List<String> actions) {
        return -1;
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
