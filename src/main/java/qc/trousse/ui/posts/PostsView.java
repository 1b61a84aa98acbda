package qc.trousse.ui.posts;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;


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

        // the office's networks beside the title: folded, they take no line of their own
        NetworksPane networks = new NetworksPane(model.networks());
        HBox.setHgrow(networks, javafx.scene.layout.Priority.ALWAYS);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        networks.setMinWidth(0);
        HBox head = new HBox(24, title, networks);
        getChildren().addAll(head, hint,
                DraftCreationBar.of(model, d -> list.getSelectionModel().select(d)), main, look, section("posts.calendar"),
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
                () -> I18n.tr("posts.export.pdfDay", PostsFormats.dayNames().toString(model.day().get())), model.day()));
        return b;
    }

    private void showPreview() {
        DraftEditorModel e = model.editor();
        preview.show(e.network().get(), e.voice().officeName(), e.voice().handle(e.network().get()), e.french().get(),
                e.card().preview().get());
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

}
