package qc.trousse.ui.edition;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;
import qc.trousse.office.Riding;
import qc.trousse.store.CarryOver;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** The one guided step of a new edition: year, week, theme and hashtag, what to carry over. */
public final class NewEditionDialog {
    private NewEditionDialog() {
    }

    /** Shows the step; the made file's path once it is made, or empty if the user cancelled. */
    public static Optional<Path> show(NewEditionViewModel model, Consumer<String> tell) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("edition.new.title"));
        dialog.setHeaderText(I18n.tr("edition.new.header"));
        ButtonType create = new ButtonType(I18n.tr("edition.new.create"), ButtonType.OK.getButtonData());
        // the window's language, not the system's, names the way out
        ButtonType cancel = new ButtonType(I18n.tr("edition.new.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(create, cancel);
        dialog.getDialogPane().setId("new-edition");
        dialog.getDialogPane().setContent(content(model));
        dialog.getDialogPane().lookupButton(create).setId("new-edition-create");
        while (true) {
            Optional<ButtonType> answer = dialog.showAndWait();
            if (answer.isEmpty() || answer.get() != create) {
                return Optional.empty();
            }
            Optional<Path> made = model.create(tell);
            if (made.isPresent()) {
                return made;
            }
        }
    }

    private static VBox content(NewEditionViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        // the labels keep their whole width; the fields take what is left
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("new-edition-year");
        year.getItems().setAll(model.choices());
        year.valueProperty().bindBidirectional(model.year());
        TextField day = field("new-edition-first-day", model.firstDay().get());
        day.textProperty().bindBidirectional(model.firstDay());
        Label note = new Label();
        note.setId("new-edition-week-note");
        note.textProperty().bind(model.weekNote());
        note.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField theme = field("new-edition-theme", "");
        theme.textProperty().bindBidirectional(model.theme());
        theme.setPromptText(I18n.tr("edition.toConfirm"));
        TextField hashtag = field("new-edition-hashtag", "");
        hashtag.textProperty().bindBidirectional(model.hashtag());
        TextField target = field("new-edition-target", "");
        target.textProperty().bindBidirectional(model.target());
        target.setPrefColumnCount(36);
        grid.addRow(0, new Label(I18n.tr("edition.new.year")), year);
        grid.addRow(1, new Label(I18n.tr("edition.new.firstDay")), day, note);
        grid.addRow(2, new Label(I18n.tr("edition.new.theme")), theme);
        grid.addRow(3, new Label(I18n.tr("edition.new.hashtag")), hashtag);
        grid.addRow(4, new Label(I18n.tr("edition.new.file")), target);
        ridingRow(grid, 5, model.riding());
        VBox carried = new VBox(4, new Label(I18n.tr("edition.new.carry")));
        for (CarryOver c : CarryOver.values()) {
            CheckBox box = new CheckBox(I18n.tr(c.key()));
            box.setId("new-edition-carry-" + c.name().toLowerCase(java.util.Locale.ROOT));
            box.selectedProperty().bindBidirectional(model.carry(c));
            carried.getChildren().add(box);
        }
        Label oldKept = new Label(I18n.tr("edition.new.note"));
        oldKept.setWrapText(true);
        oldKept.setMaxWidth(640);
        VBox all = new VBox(14, grid, carried, oldKept);
        all.setPadding(new Insets(8));
        return all;
    }

    /** Shown only when the office's riding changed on the new edition's map. */
    private static void ridingRow(GridPane grid, int row, RidingCarryModel riding) {
        Label label = new Label(I18n.tr("edition.new.riding"));
        ComboBox<Riding> choice = new ComboBox<>(riding.choices());
        choice.setId("new-edition-riding");
        choice.valueProperty().bindBidirectional(riding.chosen());
        Label note = new Label();
        note.setId("new-edition-riding-note");
        note.setWrapText(true);
        note.setMaxWidth(420);
        note.textProperty().bind(riding.note());
        for (javafx.scene.Node n : new javafx.scene.Node[] {label, choice, note}) {
            n.visibleProperty().bind(riding.asked());
            n.managedProperty().bind(riding.asked());
        }
        grid.addRow(row, label, choice);
        grid.add(note, 1, row + 1, 2, 1);
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }
}
