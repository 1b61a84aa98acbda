package qc.trousse.ui.gestures;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.gestures.GestureEntry;
import qc.trousse.i18n.I18n;

/** First step of the walk-through: the flyer's gestures by family, its words beside each, and the office's own. */
final class PickStep extends VBox {
    private final WalkThroughViewModel model;

    PickStep(WalkThroughViewModel model) {
        super(10);
        this.model = model;
        for (String family : model.pick().familyIds()) {
            Label title = new Label(model.pick().familyTitle(family));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setWrapText(true);
            getChildren().add(title);
            for (GestureEntry e : model.pick().entries()) {
                if (e.familyId().equals(family)) {
                    getChildren().add(pickRow(e));
                }
            }
        }
        getChildren().add(customForm());
    }

    private Node pickRow(GestureEntry e) {
        CheckBox box = new CheckBox(e.title().current());
        box.setId("pick-" + e.key().replace(':', '-'));
        box.setSelected(model.pick().isChosen(e.key()));
        box.setMinWidth(260);
        box.setPrefWidth(260);
        box.setWrapText(true);
        box.selectedProperty().addListener((o, a, b) -> model.pick().setChosen(e.key(), b));
        Label flyer = new Label(e.description().current());
        flyer.setWrapText(true);
        flyer.getStyleClass().add(e.custom() ? Styles.TEXT_MUTED : "flyer-text");
        HBox.setHgrow(flyer, Priority.ALWAYS);
        HBox row = new HBox(16, box, flyer);
        row.setPadding(new Insets(0, 0, 0, 16));
        return row;
    }

    private Node customForm() {
        TextField title = field("custom-title", "gestures.custom.title.prompt");
        TextField description = field("custom-description", "gestures.custom.description.prompt");
        ComboBox<String> family = new ComboBox<>();
        family.setId("custom-family");
        family.getItems().setAll(model.pick().familyIds());
        family.setValue(model.pick().familyIds().get(0));
        family.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : I18n.tr("gestures.family." + id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        Label problem = new Label();
        problem.setId("custom-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        Button add = new Button(I18n.tr("gestures.custom.add"), new FontIcon(Feather.PLUS));
        add.setId("custom-add");
        add.setOnAction(e -> {
            problem.setText(model.pick().addCustom(title.getText(), family.getValue(), description.getText()).orElse(""));
        });
        HBox.setHgrow(description, Priority.ALWAYS);
        Label heading = new Label(I18n.tr("gestures.custom.heading"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        HBox row = new HBox(8, title, family, description, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, row, problem);
    }

    private static TextField field(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(I18n.tr(promptKey));
        return field;
    }
}
