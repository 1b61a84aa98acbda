package qc.trousse.ui.gestures;

import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service that answers nothing and remembers the errors it was asked to show. */
final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();

    @Override
    public void error(String title, String message) {
        errors.add(message);
    }

    @Override
    public void info(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        return false;
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
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
