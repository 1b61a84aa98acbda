package qc.trousse.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;

import java.nio.file.Path;

/** The window's first frame: the sidebar's colours and "opening the file…", shown while the file opens. */
final class StartupScene {
    private StartupScene() {
    }

    static Scene create(Path data) {
        return create(String.valueOf(data.getFileName()));
    }

    /** The same, naming the office's server by its address (without password) while it connects. */
    static Scene create(String name) {
        Label brand = new Label(I18n.tr("app.title"));
        brand.getStyleClass().add("brand");
        VBox sidebar = new VBox(brand);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPadding(new Insets(12, 8, 12, 8));
        sidebar.setPrefWidth(210);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label opening = new Label(I18n.tr("startup.opening", name));
        VBox center = new VBox(16, spinner, opening);
        center.setAlignment(Pos.CENTER);
        BorderPane root = new BorderPane(center);
        root.setLeft(sidebar);
        Scene scene = new Scene(root, 1180, 760);
        scene.getStylesheets().add(StartupScene.class.getResource("trousse.css").toExternalForm());
        return scene;
    }
}
