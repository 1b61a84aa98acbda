package qc.trousse.ui.cocktail;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.FormLayout;

/** The small building blocks the cocktail panes share: cards, label grids, bound fields, problem lines. */
final class Forms {
    private Forms() {
    }

    static VBox section(String titleKey, Node... content) {
        return FormLayout.section(titleKey, content);
    }

    static GridPane grid() {
        return FormLayout.grid(170, 8);
    }

    static Label label(String key) {
        return FormLayout.label(key);
    }

    static TextField field(String id, StringProperty value, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (promptKey != null) {
            field.setPromptText(I18n.tr(promptKey));
        }
        return field;
    }

    /** A red line under a field, shown only when there is a problem to tell. */
    static Label problem(String id, StringProperty text) {
        Label problem = new Label();
        problem.setId(id);
        problem.setWrapText(true);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.textProperty().bind(text);
        problem.managedProperty().bind(text.isNotEmpty());
        problem.visibleProperty().bind(text.isNotEmpty());
        return problem;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }
}
