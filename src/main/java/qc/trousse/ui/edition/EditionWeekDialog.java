package qc.trousse.ui.edition;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;

import java.util.Optional;

/**
 * Semaine de l'édition…: the edition's week, theme, hashtag and the Assembly's day in one small form. Save stays
 * disabled while a field is refused, the problem line naming it; the campaign text to write is the answer.
 */
public final class EditionWeekDialog {
    private EditionWeekDialog() {
    }

    /** The new campaign text once the user saved a sound form, empty if they cancelled. */
    public static Optional<String> show(EditionWeekViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("edition.week.title"));
        dialog.setHeaderText(model.header());
        ButtonType save = new ButtonType(I18n.tr("edition.week.save"), ButtonBar.ButtonData.OK_DONE);
        // the window's language, not the system's, names the way out
        ButtonType cancel = new ButtonType(I18n.tr("edition.new.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().setId("edition-week");
        dialog.getDialogPane().setContent(content(model));
        var saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("edition-week-save");
        saveButton.disableProperty().bind(model.problem().isNotEmpty());
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.filter(save::equals).flatMap(b -> model.revisedText());
    }

    static VBox content(EditionWeekViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.addRow(0, label("edition.week.field.firstDay"), field("edition-week-first-day", model.firstDay()));
        grid.add(box("edition-week-confirmed", "edition.week.confirmed", model.weekConfirmed()), 1, 1);
        TextField theme = field("edition-week-theme", model.theme());
        theme.setPromptText(I18n.tr("edition.toConfirm"));
        theme.setPrefColumnCount(30);
        grid.addRow(2, label("edition.week.field.theme"), theme);
        grid.addRow(3, label("edition.week.field.hashtag"), field("edition-week-hashtag", model.hashtag()));
        grid.addRow(4, label("edition.week.field.assemblyDay"), field("edition-week-assembly-day",
                model.assemblyDay()));
        grid.add(box("edition-week-assembly-confirmed", "edition.week.assemblyConfirmed",
                model.assemblyConfirmed()), 1, 5);
        Label problem = new Label();
        problem.setId("edition-week-problem");
        problem.getStyleClass().add("warning");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        // the dialog is sized once, while the line is empty: room for three wrapped lines keeps a refusal whole
        problem.setMinHeight(3 * 1.4 * javafx.scene.text.Font.getDefault().getSize());
        problem.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        problem.textProperty().bind(model.problem());
        VBox all = new VBox(12, grid, problem);
        all.setPadding(new Insets(8));
        return all;
    }

    private static Label label(String key) {
        Label l = new Label(I18n.tr(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static CheckBox box(String id, String key, javafx.beans.property.BooleanProperty value) {
        CheckBox b = new CheckBox(I18n.tr(key));
        b.setId(id);
        b.selectedProperty().bindBidirectional(value);
        return b;
    }
}
