package qc.trousse.ui.certificates;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;

/** The selected recipient's certificate as it will print, with what it has to leave out. */
final class PreviewPane extends VBox {
    private static final double WIDTH = 400;

    PreviewPane(RecipientPreviewModel model) {
        super(8);
        setId("recipient-preview-pane");
        getStyleClass().add("card");
        setPadding(new Insets(12));
        Label title = new Label(I18n.tr("output.preview"));
        title.getStyleClass().add(Styles.TITLE_4);
        ImageView image = new ImageView();
        image.setId("recipient-preview");
        image.setPreserveRatio(true);
        image.setFitWidth(WIDTH);
        image.imageProperty().bind(model.image());
        Label empty = new Label(I18n.tr("output.preview.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.image().isNull());
        StackPane page = new StackPane(empty, image);
        page.setMinSize(WIDTH, WIDTH * 612 / 792);
        page.setPrefSize(WIDTH, WIDTH * 612 / 792);
        Label warnings = new Label();
        warnings.setId("recipient-preview-warnings");
        warnings.getStyleClass().add(Styles.WARNING);
        warnings.setWrapText(true);
        warnings.setMaxWidth(WIDTH);
        warnings.textProperty().bind(model.warnings());
        warnings.managedProperty().bind(model.warnings().isNotEmpty());
        warnings.visibleProperty().bind(warnings.managedProperty());
        getChildren().addAll(title, page, warnings);
        setMinWidth(WIDTH + 24);
        setMaxWidth(WIDTH + 24);
    }
}
