package qc.trousse.ui.server;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.task.RunningWork;

/** A small window over the main one while a copy runs: what is copied, how far, and a cancel. */
final class CopyProgressWindow {
    private final Stage stage;
    private final ProgressBar bar = new ProgressBar(-1);
    private final Button cancel = new Button(I18n.tr("server.window.cancelCopy"));

    private CopyProgressWindow(Stage stage) {
        this.stage = stage;
    }

    static CopyProgressWindow open(Window owner, String what) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.tr("menu.file.saveCopy"));
        CopyProgressWindow window = new CopyProgressWindow(stage);
        Label text = new Label(what);
        text.setWrapText(true);
        window.bar.setId("copy-progress");
        window.bar.setPrefWidth(420);
        window.cancel.setId("copy-cancel");
        VBox root = new VBox(12, text, window.bar, window.cancel);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(18));
        stage.setScene(new Scene(root));
        stage.show();
        return window;
    }

    void follow(RunningWork running) {
        bar.progressProperty().bind(running.progress());
        cancel.setOnAction(e -> running.cancel());
    }

    void close() {
        stage.close();
    }
}
