package qc.trousse.ui.cocktail;

import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the file choosers with a path set in advance and records the messages shown. */
final class ScriptedDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    Path nextSave;
    /** The files the open dialog answers with, in turn; none left: cancelled. */
    final Deque<Path> files = new ArrayDeque<>();

    @Override
    public void error(String title, String message) {
        errors.add(message);
    }

    @Override
    public void info(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }

    @Override
    public int choose(String title, String message, List<String> actions) {
        return 0;
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable(nextSave);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
