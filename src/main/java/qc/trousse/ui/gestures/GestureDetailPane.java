package qc.trousse.ui.gestures;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.gestures.ChecklistItem;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;

/** The selected card in full: its slot, place, owner and checklist, each editable. */
final class GestureDetailPane extends VBox {
    private final GestureEditorViewModel editor;
    private final ObjectProperty<Long> selected;

    GestureDetailPane(GestureEditorViewModel editor, ObjectProperty<Long> selected) {
        super(8);
        this.editor = editor;
        this.selected = selected;
        setId("gesture-detail");
        getStyleClass().add("card");
        setPadding(new Insets(14));
    }

    void redraw() {
        getChildren().clear();
        PlannedGesture g = selected.get() == null ? null : editor.gesture(selected.get()).orElse(null);
        if (g == null) {
            Label none = new Label(I18n.tr("gestures.detail.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(none);
            return;
        }
        Label title = new Label(editor.title(g) + " — " + Days.format(g.day()));
        title.setId("detail-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Button remove = new Button(I18n.tr("gestures.detail.remove"), new FontIcon(Feather.TRASH_2));
        remove.setId("detail-remove");
        remove.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        remove.setOnAction(e -> editor.remove(g.id()));
        HBox head = new HBox(12, title, spring(), remove);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, slotRow(g), placeRow(g), checklistHeading(g));
        for (int i = 0; i < g.checklist().size(); i++) {
            getChildren().add(itemRow(g, i));
        }
        getChildren().add(newItemRow(g));
    }

    private HBox slotRow(PlannedGesture g) {
        TextField start = small(new TextField(Days.time(g.start())), "detail-start", 70);
        TextField end = small(new TextField(Days.time(g.end())), "detail-end", 70);
        Label problem = new Label();
        problem.setId("detail-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        Runnable apply = () -> problem.setText(editor.setTimes(g.id(), start.getText(), end.getText()).orElse(""));
        start.setOnAction(e -> apply.run());
        end.setOnAction(e -> apply.run());
        Button save = new Button(I18n.tr("gestures.detail.applyTimes"));
        save.setId("detail-times-apply");
        save.getStyleClass().add(Styles.SMALL);
        save.setOnAction(e -> apply.run());
        HBox row = new HBox(8, new Label(I18n.tr("gestures.field.start")), start,
                new Label(I18n.tr("gestures.field.end")), end, save, problem);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox placeRow(PlannedGesture g) {
        TextField place = small(new TextField(g.place()), "detail-place", 280);
        place.setPromptText(I18n.tr("gestures.field.place.prompt"));
        place.setOnAction(e -> editor.setPlace(g.id(), place.getText()));
        place.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                editor.setPlace(g.id(), place.getText());
            }
        });
        ComboBox<String> owner = new ComboBox<>();
        owner.setId("detail-owner");
        owner.getItems().setAll(editor.staff(g.owner()));
        owner.setValue(g.owner().isBlank() ? null : g.owner());
        owner.setPromptText(I18n.tr("gestures.field.owner.prompt"));
        owner.valueProperty().addListener((o, a, b) -> editor.setOwner(g.id(), b));
        HBox row = new HBox(8, new Label(I18n.tr("gestures.field.place")), place,
                new Label(I18n.tr("gestures.field.owner")), owner);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label checklistHeading(PlannedGesture g) {
        Label heading = new Label(I18n.tr("gestures.detail.checklist", g.progress()));
        heading.setId("detail-checklist");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        return heading;
    }

    private HBox itemRow(PlannedGesture g, int index) {
        ChecklistItem item = g.checklist().get(index);
        CheckBox tick = new CheckBox();
        tick.setId("item-" + index);
        tick.setSelected(item.done());
        tick.selectedProperty().addListener((o, a, b) -> editor.tick(g.id(), index, b));
        TextField text = small(new TextField(item.label()), "item-text-" + index, 0);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setOnAction(e -> editor.editItem(g.id(), index, text.getText()));
        Spinner<Integer> offset = new Spinner<>(-30, 5, item.offsetDays());
        offset.setId("item-offset-" + index);
        offset.setPrefWidth(75);
        offset.getStyleClass().add(Styles.SMALL);
        offset.valueProperty().addListener((o, a, b) -> editor.setItemOffset(g.id(), index, b));
        Label due = new Label(editor.due(g, item));
        due.setId("item-due-" + index);
        due.getStyleClass().add(Styles.TEXT_SMALL);
        due.setMinWidth(150);
        ComboBox<String> owner = new ComboBox<>();
        owner.setId("item-owner-" + index);
        owner.getItems().setAll(editor.staff(item.owner()));
        owner.setValue(item.owner().isBlank() ? null : item.owner());
        owner.setPromptText(I18n.tr("gestures.field.owner.prompt"));
        owner.getStyleClass().add(Styles.SMALL);
        owner.valueProperty().addListener((o, a, b) -> editor.reassign(g.id(), index, b));
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.setId("item-remove-" + index);
        remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        remove.setOnAction(e -> editor.removeItem(g.id(), index));
        HBox row = new HBox(8, tick, text, offset, due, owner, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox newItemRow(PlannedGesture g) {
        TextField text = small(new TextField(), "item-new-text", 0);
        text.setPromptText(I18n.tr("gestures.detail.newItem"));
        HBox.setHgrow(text, Priority.ALWAYS);
        Spinner<Integer> offset = new Spinner<>(-30, 5, 0);
        offset.setId("item-new-offset");
        offset.setPrefWidth(80);
        offset.setEditable(true);
        Label problem = new Label();
        problem.setId("item-new-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        Button add = new Button(I18n.tr("gestures.detail.addItem"), new FontIcon(Feather.PLUS));
        add.setId("item-add");
        Runnable run = () -> problem.setText(editor.addItem(g.id(), text.getText(), offset.getValue(), g.owner())
                .orElse(""));
        add.setOnAction(e -> run.run());
        text.setOnAction(e -> run.run());
        HBox row = new HBox(8, text, new Label(I18n.tr("gestures.detail.offset")), offset, add, problem);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TextField small(TextField field, String id, double width) {
        field.setId(id);
        if (width > 0) {
            field.setPrefWidth(width);
        }
        return field;
    }

    private static javafx.scene.layout.Region spring() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
