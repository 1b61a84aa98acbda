package qc.trousse.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;

/** How the forms of the screens are laid out: a card per section, a grid of labels and fields, wrapped labels. */
public final class FormLayout {
    /** Wider fields are harder to read; the grid stops them here. */
    private static final double FIELD_MAX_WIDTH = 560;

    private FormLayout() {
    }

    /** A card with its heading above what it holds. */
    public static VBox section(String titleKey, Node... content) {
        Label heading = new Label(I18n.tr(titleKey));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add("card");
        box.setPadding(new Insets(16));
        return box;
    }

    /** Labels in a column of the given width, fields beside them taking the rest up to a readable width. */
    public static GridPane grid(double labelWidth, double rowGap) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(rowGap);
        ColumnConstraints labels = new ColumnConstraints(labelWidth);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMaxWidth(FIELD_MAX_WIDTH);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    /** A field's label, wrapped rather than cut when the language says it longer. */
    public static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.setWrapText(true);
        return label;
    }
}
