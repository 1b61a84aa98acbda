package qc.trousse.ui.posts;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.CardSize;

/** The image card: the message (the selected draft's, or any quote), its preview, and saving it as a PNG. */
final class CardPane extends HBox {
    CardPane(CardModel card) {
        super(16);
        setId("card-pane");
        TextArea message = new TextArea();
        message.setId("card-message");
        message.setWrapText(true);
        message.setPrefRowCount(6);
        message.textProperty().bindBidirectional(card.message());
        Button render = DraftEditorPane.button("card-render", "posts.card.render", Feather.IMAGE, card::render);
        Button save = DraftEditorPane.button("card-save", "posts.card.save", Feather.DOWNLOAD, card::save);
        Label hint = new Label(I18n.tr("posts.card.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        ComboBox<CardSize> size = new ComboBox<>();
        size.setId("card-size");
        size.getItems().setAll(CardSize.values());
        size.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CardSize s) {
                return s == null ? "" : I18n.tr("posts.card.size." + s.name(), s.label());
            }

            @Override
            public CardSize fromString(String s) {
                return null;
            }
        });
        size.valueProperty().bindBidirectional(card.size());
        VBox left = new VBox(8, hint, message, DraftEditorPane.row(size, render, save));
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setMinWidth(200);
        ImageView image = new ImageView();
        image.setId("card-image");
        image.setFitWidth(300);
        image.setFitHeight(300);
        image.setPreserveRatio(true);
        image.imageProperty().bind(card.preview());
        getChildren().addAll(left, image);
    }
}
