package qc.trousse.ui.onsite;

import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers file choosers with a given path and records the errors it was asked to show. */
final class ScriptedDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    Path saveAnswer;
    String suggested;

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
        return Optional.empty();
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
        suggested = suggestedName;
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
