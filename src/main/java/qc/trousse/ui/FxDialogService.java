package qc.trousse.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import qc.trousse.i18n.I18n;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The real dialogs, owned by the main window so they come up above it. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(I18n.tr("dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(I18n.tr("dialog.no"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public int choose(String title, String message, List<String> actions) {
        Alert alert = alert(Alert.AlertType.WARNING, title, message);
        List<ButtonType> buttons = actions.stream()
                .map(a -> new ButtonType(a, ButtonBar.ButtonData.OTHER)).toList();
        alert.getButtonTypes().setAll(buttons);
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        File file = chooser(title, types).showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    I18n.tr(type.descriptionKey()), type.patterns()));
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        // A Label that wraps, so a long path in the message is shown whole rather than cut with "…".
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setId("dialog-message");
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
