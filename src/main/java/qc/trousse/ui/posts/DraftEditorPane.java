package qc.trousse.ui.posts;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostState;

/** The selected draft: French and English side by side, counters, remarks, schedule, state and actions. */
final class DraftEditorPane extends VBox {
    private final DraftEditorModel model;
    private TextArea lastFocused;

    DraftEditorPane(DraftEditorModel model, PostsViewModel posts) {
        super(10);
        this.model = model;
        setId("draft-editor");
        HBox.setHgrow(this, Priority.ALWAYS);
        TextArea fr = area("draft-french", model.french());
        TextArea en = area("draft-english", model.english());
        lastFocused = fr;
        VBox frBox = new VBox(4, new Label(I18n.tr("posts.french")), fr,
                CounterRow.of("fr", model.checks().french(), fr));
        VBox enBox = new VBox(4, new Label(I18n.tr("posts.english")), en,
                CounterRow.of("en", model.checks().english(), en));
        enBox.visibleProperty().bind(model.bilingual());
        enBox.managedProperty().bind(model.bilingual());
        HBox.setHgrow(frBox, Priority.ALWAYS);
        HBox.setHgrow(enBox, Priority.ALWAYS);
        HBox texts = new HBox(10, frBox, enBox);

        CheckBox bilingual = new CheckBox(I18n.tr("posts.bilingual"));
        bilingual.setId("draft-bilingual");
        bilingual.selectedProperty().bindBidirectional(model.bilingual());
        ComboBox<Network> network = new ComboBox<>();
        network.setId("draft-network");
        network.setItems(posts.networks().choices());
        network.setConverter(PostsFormats.networkNames());
        network.valueProperty().bindBidirectional(model.network());
        ComboBox<java.time.LocalDate> day = new ComboBox<>();
        day.setId("draft-day");
        day.getItems().setAll(posts.days());
        day.setConverter(PostsFormats.dayNames());
        day.valueProperty().bindBidirectional(model.day());
        TextField time = new TextField();
        time.setId("draft-time");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(model.time());
        time.setOnAction(e -> model.commitTime());
        time.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                model.commitTime();
            }
        });
        FlowPane schedule = row(new Label(I18n.tr("posts.network")), network, new Label(I18n.tr("posts.day")), day,
                new Label(I18n.tr("posts.time")), time, bilingual);

        MenuButton insert = new MenuButton(I18n.tr("posts.insert"), new FontIcon(Feather.HASH));
        insert.setId("draft-insert");
        insert.setOnShowing(e -> {
            insert.getItems().clear();
            for (String token : model.voice().insertables()) {
                MenuItem item = new MenuItem(token);
                item.setOnAction(x -> insertAtCaret(token));
                insert.getItems().add(item);
            }
        });
        Button fix = button("draft-fix", "posts.fixTypography", Feather.CHECK_SQUARE, model.actions()::fixTypography);
        Button copy = button("draft-copy", "posts.copy", Feather.COPY, () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.actions().clipboardText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button delete = button("draft-delete", "posts.delete", Feather.TRASH_2, model.actions()::delete);
        delete.getStyleClass().add(Styles.DANGER);
        FlowPane tools = row(insert, fix, copy, delete);

        ListView<DraftRemark> remarks = new ListView<>(model.checks().remarks());
        remarks.setId("draft-remarks");
        remarks.setPrefHeight(96);
        Label none = new Label();
        none.setWrapText(true);
        // "right" only about a draft that was checked: with none chosen there is nothing to praise
        none.textProperty().bind(model.selected().map(d -> I18n.tr("posts.remarks.none"))
                .orElse(I18n.tr("posts.remarks.noDraft")));
        remarks.setPlaceholder(none);
        remarks.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("posts.remarks.hint")));
        remarks.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> show(r, fr, en));
        remarks.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DraftRemark item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item.message());
                getStyleClass().remove("remark");
                if (!empty) {
                    getStyleClass().add("remark");
                }
            }
        });
        getChildren().addAll(schedule, texts, tools, new Label(I18n.tr("posts.remarks")), remarks, stateRow());
        disableProperty().bind(model.selected().isNull());
    }

    /** Selects the remark's passage in its version of the text, so the writer sees where it is. */
    private static void show(DraftRemark remark, TextArea fr, TextArea en) {
        if (remark == null || !remark.hasPlace()) {
            return;
        }
        TextArea area = remark.french() ? fr : en;
        if (remark.end() <= area.getLength()) {
            area.requestFocus();
            int end = remark.end() == remark.start() ? Math.min(remark.end() + 1, area.getLength()) : remark.end();
            area.selectRange(remark.start(), end);
        }
    }

    private FlowPane stateRow() {
        Label state = new Label();
        state.setId("draft-state");
        state.getStyleClass().add(Styles.TEXT_BOLD);
        state.textProperty().bind(model.status().text());
        TextField approver = new TextField();
        approver.setId("draft-approver");
        approver.setPromptText(I18n.tr("posts.approver"));
        approver.textProperty().bindBidirectional(model.status().approver());
        Button submit = button("draft-submit", "posts.submit", Feather.SEND, () -> model.setState(PostState.TO_APPROVE));
        Button approve = button("draft-approve", "posts.approve", Feather.CHECK, () -> model.setState(PostState.APPROVED));
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.disableProperty().bind(model.checks().canApprove().not()
                .or(Bindings.createBooleanBinding(() -> model.status().value().get() == PostState.APPROVED
                        || model.status().value().get() == PostState.PUBLISHED, model.status().value())));
        Button publish = button("draft-publish", "posts.publish", Feather.UPLOAD,
                () -> model.setState(PostState.PUBLISHED));
        publish.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.status().value().get() != PostState.APPROVED, model.status().value()));
        Button back = button("draft-back", "posts.backToDraft", Feather.ROTATE_CCW, () -> model.setState(PostState.DRAFT));
        return row(new Label(I18n.tr("posts.state")), state, approver, submit, approve, publish, back);
    }

    private void insertAtCaret(String token) {
        TextArea area = lastFocused;
        int caret = area.getCaretPosition();
        String before = caret > 0 ? area.getText().substring(caret - 1, caret) : "";
        area.insertText(caret, (before.isBlank() ? "" : " ") + token);
        area.requestFocus();
    }

    private TextArea area(String id, javafx.beans.property.StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(7);
        area.textProperty().bindBidirectional(value);
        area.focusedProperty().addListener((o, a, b) -> {
            if (b) {
                lastFocused = area;
            }
        });
        return area;
    }

    static Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(I18n.tr(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A row of controls that wraps when the window is narrow, each keeping its full label. */
    static FlowPane row(javafx.scene.Node... nodes) {
        FlowPane row = new FlowPane(8, 8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : nodes) {
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return row;
    }
}
