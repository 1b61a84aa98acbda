package qc.trousse.ui.office;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.i18n.I18n;
import qc.trousse.office.OfficeImage;

import java.io.ByteArrayInputStream;

/** The signature and the logo: a preview each, with Choose… and Remove. */
final class ImagesPane extends HBox {
    ImagesPane(ImagesModel model) {
        super(24, slot("signature", "profile.signature", model.signature(), model::chooseSignature,
                        model::removeSignature),
                slot("logo", "profile.logo", model.logo(), model::chooseLogo, model::removeLogo));
    }

    private static VBox slot(String id, String key, ObjectProperty<OfficeImage> image, Runnable choose,
                             Runnable remove) {
        ImageView preview = new ImageView();
        preview.setFitWidth(220);
        preview.setFitHeight(90);
        preview.setPreserveRatio(true);
        preview.setId(id + "-preview");
        Label info = new Label();
        info.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Runnable refresh = () -> {
            OfficeImage img = image.get();
            preview.setImage(img == null ? null : new Image(new ByteArrayInputStream(img.bytes())));
            info.setText(img == null ? I18n.tr("profile.image.none") : img.width() + " × " + img.height() + " px");
        };
        image.addListener((o, a, b) -> refresh.run());
        refresh.run();
        Button chooseButton = new Button(I18n.tr("profile.image.choose"), new FontIcon(Feather.IMAGE));
        chooseButton.setId(id + "-choose");
        chooseButton.setOnAction(e -> choose.run());
        Button removeButton = new Button(I18n.tr("profile.image.remove"));
        removeButton.setId(id + "-remove");
        removeButton.disableProperty().bind(image.isNull());
        removeButton.setOnAction(e -> remove.run());
        Label title = new Label(I18n.tr(key));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, title, preview, info, new HBox(6, chooseButton, removeButton));
    }
}
