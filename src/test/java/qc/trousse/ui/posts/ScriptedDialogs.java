package qc.trousse.ui.posts;

import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: records what was said, answers with what it was given. */
final class ScriptedDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    Path saveAnswer;
    boolean confirmAnswer = true;

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
        return confirmAnswer;
    }

    @Override
    public int choose(String title, String message, List<String> actions) {
        return -1;
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
