package qc.trousse.ui.conflicts;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import qc.trousse.i18n.I18n;

import java.util.Map;
import java.util.Optional;

/**
 * The merge dialog: field by field, « Votre version » beside the colleague's, a choice per field, and the two
 * shortcuts « Tout garder le mien » / « Tout prendre le sien ». Closing it takes the colleague's values.
 */
public final class MergeDialog {
    private static final double VALUE_WIDTH = 300;

    private MergeDialog() {
    }

    /** The choices (true keeps the user's value, by field path); empty when closed (the colleague's stay). */
    public static Optional<Map<String, Boolean>> show(Window owner, MergeViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.header());
        dialog.setResizable(true);
        ButtonType save = new ButtonType(I18n.tr("merge.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType theirs = new ButtonType(I18n.tr("merge.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, theirs);
        dialog.getDialogPane().setId("merge-dialog");
        // A frame of its own: on a desktop without window borders it must not melt into the screen behind it.
        dialog.getDialogPane().setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1;");
        dialog.getDialogPane().setPrefWidth(800);
        dialog.getDialogPane().lookupButton(save).setId("merge-save");
        dialog.getDialogPane().setContent(content(model));
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.filter(save::equals).map(a -> model.choices());
    }

    private static VBox content(MergeViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints(160, VALUE_WIDTH, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value, value);
        grid.add(bold(I18n.tr("merge.field")), 0, 0);
        grid.add(bold(I18n.tr("merge.mine")), 1, 0);
        grid.add(bold(model.theirsTitle()), 2, 0);
        int line = 1;
        for (MergeViewModel.Row row : model.rows()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton mine = choice(row.mine(), group, "merge-mine-" + row.name());
            RadioButton theirs = choice(row.theirs(), group, "merge-theirs-" + row.name());
            mine.setSelected(row.keepMine().get());
            theirs.setSelected(!row.keepMine().get());
            row.keepMine().addListener((o, was, keep) -> (keep ? mine : theirs).setSelected(true));
            mine.selectedProperty().addListener((o, was, on) -> row.keepMine().set(on));
            grid.add(new Label(row.field()), 0, line);
            grid.add(mine, 1, line);
            grid.add(theirs, 2, line);
            line++;
        }
        Button allMine = new Button(I18n.tr("merge.allMine"));
        allMine.setId("merge-all-mine");
        allMine.setOnAction(e -> model.keepAllMine());
        Button allTheirs = new Button(I18n.tr("merge.allTheirs"));
        allTheirs.setId("merge-all-theirs");
        allTheirs.setOnAction(e -> model.takeAllTheirs());
        VBox box = new VBox(12, grid, new HBox(8, allMine, allTheirs));
        if (!model.mergedLine().isEmpty()) {
            Label merged = new Label(model.mergedLine());
            merged.setWrapText(true);
            box.getChildren().add(merged);
        }
        Label note = new Label(I18n.tr("merge.note"));
        note.setWrapText(true);
        box.getChildren().add(note);
        box.setPadding(new Insets(8, 16, 4, 16));
        return box;
    }

    private static RadioButton choice(String text, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setId(id);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        label.setWrapText(true);
        return label;
    }
}
