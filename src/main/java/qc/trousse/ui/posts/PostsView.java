package qc.trousse.ui.posts;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostTemplate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Publications: make drafts from templates, edit and check them, approve, plan the week, export, make cards. */
public final class PostsView extends VBox implements ScreenLifecycle {
    private final PostsViewModel model;
    private final ListView<Draft> list = new ListView<>();
    private final PostPreview preview = new PostPreview();

    public PostsView(PostsViewModel model) {
        super(14);
        this.model = model;
        setId("posts-view");
        setPadding(new Insets(24));
        getStyleClass().add("screen");
        getStylesheets().add(PostsView.class.getResource("posts.css").toExternalForm());
        Label title = new Label(I18n.tr("posts.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label(I18n.tr("posts.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);

        list.setId("posts-list");
        list.setItems(model.drafts());
        list.setPrefWidth(250);
        list.setMinWidth(220);
        list.setPrefHeight(420);
        list.setCellFactory(v -> new DraftCell());
        Label empty = new Label(I18n.tr("posts.list.none"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.editor().select(b.id());
            }
        });
        model.drafts().addListener((ListChangeListener<Draft>) c -> reselect());
        DraftEditorModel editor = model.editor();
        for (var p : new javafx.beans.Observable[]{editor.french(), editor.network(), editor.selected(),
                editor.card().preview()}) {
            p.addListener(o -> showPreview());
        }
        VBox previewBox = new VBox(8, section("posts.preview"), preview);
        previewBox.setMinWidth(370);
        HBox main = new HBox(16, list, new DraftEditorPane(editor, model));
        CardPane card = new CardPane(editor.card());
        HBox.setHgrow(card, javafx.scene.layout.Priority.ALWAYS);
        HBox look = new HBox(24, previewBox, new VBox(8, section("posts.card"), card));

        getChildren().addAll(title, hint, creation(), main, look, section("posts.calendar"),
                new WeekCalendar(model, d -> list.getSelectionModel().select(d)), section("posts.export"), exports());
        if (!model.drafts().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    @Override
    public void disposed() {
        model.dispose();
    }

    public PostsViewModel model() {
        return model;
    }

    private FlowPane creation() {
        ComboBox<PostTemplate> template = new ComboBox<>();
        template.setId("posts-template");
        template.getItems().setAll(model.templates());
        template.setConverter(new StringConverter<>() {
            @Override
            public String toString(PostTemplate t) {
                return t == null ? "" : t.title().current();
            }

            @Override
            public PostTemplate fromString(String s) {
                return null;
            }
        });
        template.valueProperty().bindBidirectional(model.template());
        template.setOnShowing(e -> template.getItems().setAll(model.templates()));
        ComboBox<Network> network = new ComboBox<>();
        network.setId("posts-network");
        network.getItems().setAll(model.networkChoices());
        network.setConverter(networkNames());
        network.valueProperty().bindBidirectional(model.network());
        ComboBox<LocalDate> day = new ComboBox<>();
        day.setId("posts-day");
        day.getItems().setAll(model.days());
        day.setConverter(dayNames());
        day.valueProperty().bindBidirectional(model.day());
        TextField time = field("posts-time", model.time(), "09:00", 5);
        ComboBox<String> person = names("posts-person", model.plan().people(), model.person(),
                I18n.tr("posts.person"));
        ComboBox<String> organisation = names("posts-organisation", model.plan().organisations(),
                model.organisation(), I18n.tr("posts.organisation"));
        CheckBox bilingual = new CheckBox(I18n.tr("posts.bilingual"));
        bilingual.setId("posts-bilingual");
        bilingual.selectedProperty().bindBidirectional(model.bilingual());
        Button create = DraftEditorPane.button("posts-create", "posts.create", Feather.PLUS, () ->
                model.create().ifPresent(d -> list.getSelectionModel().select(d)));
        create.getStyleClass().add(Styles.ACCENT);
        TextField templateName = field("posts-template-name", model.newTemplateName(), I18n.tr("posts.keepTemplate.name"),
                14);
        Button keep = DraftEditorPane.button("posts-keep-template", "posts.keepTemplate", Feather.BOOKMARK,
                () -> model.saveAsTemplate().ifPresent(t -> template.getItems().setAll(model.templates())));
        keep.disableProperty().bind(model.editor().selected().isNull().or(model.newTemplateName().isEmpty()));
        Button drop = DraftEditorPane.button("posts-drop-template", "posts.dropTemplate", Feather.X,
                () -> {
                    model.deleteTemplate();
                    template.getItems().setAll(model.templates());
                });
        drop.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.template().get() == null || !model.template().get().custom(), model.template()));
        Button week = DraftEditorPane.button("posts-prepare-week", "posts.prepareWeek", Feather.CALENDAR,
                model::prepareWeek);
        FlowPane pane = new FlowPane(8, 8, template, network, day, time, person, organisation, bilingual, create, week, templateName, keep, drop);
        pane.setId("posts-creation");
        return pane;
    }

    private FlowPane exports() {
        return DraftEditorPane.row(
                DraftEditorPane.button("posts-export-pdf", "posts.export.pdf", Feather.FILE_TEXT,
                        () -> model.export(true, false)),
                dayExport(),
                DraftEditorPane.button("posts-export-csv", "posts.export.csv", Feather.GRID,
                        () -> model.export(false, false)));
    }

    /** "PDF du lundi 17 février": the day chosen above, said on the button. */
    private Button dayExport() {
        Button b = DraftEditorPane.button("posts-export-pdf-day", "posts.export.pdf", Feather.CALENDAR,
                () -> model.export(true, true));
        b.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.tr("posts.export.pdfDay", dayNames().toString(model.day().get())), model.day()));
        return b;
    }

    private void showPreview() {
        DraftEditorModel e = model.editor();
        preview.show(e.network().get(), e.officeName(), e.handle(), e.french().get(), e.card().preview().get());
    }

    /** After the list is reloaded (every edit), the draft being edited stays selected. */
    private void reselect() {
        Long id = model.editor().selected().get();
        if (id == null) {
            return;
        }
        model.drafts().stream().filter(d -> d.id() == id).findFirst().ifPresent(d -> {
            if (list.getSelectionModel().getSelectedItem() == null
                    || list.getSelectionModel().getSelectedItem().id() != id) {
                list.getSelectionModel().select(d);
            }
        });
    }

    private static Label section(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.TITLE_3);
        return label;
    }

    /** A name picked from those the recipients offer, or typed; what shows in the box is what is used. */
    private static ComboBox<String> names(String id, javafx.collections.ObservableList<String> offered,
                                          javafx.beans.property.StringProperty value, String prompt) {
        ComboBox<String> box = new ComboBox<>(offered);
        box.setId(id);
        box.setEditable(true);
        box.setPromptText(prompt);
        box.setPrefWidth(190);
        box.getEditor().textProperty().bindBidirectional(value);
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt, int cols) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(cols);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    static StringConverter<Network> networkNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Network n) {
                return n == null ? "" : n.label();
            }

            @Override
            public Network fromString(String s) {
                return Network.parse(s);
            }
        };
    }

    static StringConverter<LocalDate> dayNames() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.format(DateTimeFormatter.ofPattern(I18n.tr("date.day"),
                        I18n.language().locale()));
            }

            @Override
            public LocalDate fromString(String s) {
                return null;
            }
        };
    }

    /** A draft in the list: day, time, network and state over its first words. */
    private static final class DraftCell extends ListCell<Draft> {
        @Override
        protected void updateItem(Draft d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String head = d.day().format(DateTimeFormatter.ofPattern("EEE d", I18n.language().locale())) + " "
                    + d.time() + " · " + d.network().label() + " · " + I18n.tr(d.state().key());
            String first = d.french().length() > 70 ? d.french().substring(0, 70) + "…" : d.french();
            Label top = new Label(head);
            top.getStyleClass().add(Styles.TEXT_BOLD);
            Label text = new Label(first);
            text.setWrapText(true);
            text.getStyleClass().add(Styles.TEXT_MUTED);
            VBox box = new VBox(2, top, text);
            box.setMaxWidth(210);
            text.setMaxWidth(210);
            setText(null);
            setGraphic(box);
        }
    }
}
