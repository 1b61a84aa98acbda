package qc.trousse.ui.certificates;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.certificates.Recipient;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.importing.ImportView;

import java.time.ZoneId;
import java.util.List;

/** Récipiendaires: the table with search, sort and state, the form beside it, and the import in place. */
public final class RecipientsView extends VBox implements ScreenLifecycle {
    private final RecipientsViewModel model;
    private final OutputViewModel output;
    private final RecipientPreviewModel preview;
    private final TableView<Recipient> table = new TableView<>();

    public RecipientsView(RecipientsViewModel model, OutputViewModel output, RecipientPreviewModel preview,
                          ZoneId zone) {
        super(14);
        this.model = model;
        this.output = output;
        this.preview = preview;
        setId("recipients-view");
        setPadding(new Insets(24));
        getStyleClass().add("screen");
        Node list = listPane(zone);
        ImportView<Recipient> importView = new ImportView<>(model.importer(), RecipientImportTarget.COLUMNS);
        showOne(list, importView);
        getChildren().addAll(list, importView);
    }

    @Override
    public void disposed() {
        model.dispose();
        output.dispose();
    }

    /** For tests that call the view-model as the view would. */
    public RecipientsViewModel model() {
        return model;
    }

    /** For tests that hand the output panel a file as the system's chooser would. */
    public OutputViewModel output() {
        return output;
    }

    private void showOne(Node list, Node importView) {
        list.visibleProperty().bind(model.importer().active().not());
        list.managedProperty().bind(list.visibleProperty());
        importView.visibleProperty().bind(model.importer().active());
        importView.managedProperty().bind(importView.visibleProperty());
    }

    private Node listPane(ZoneId zone) {
        Label title = new Label(I18n.tr("recipients.heading"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label(I18n.tr("recipients.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Label message = new Label();
        message.setId("recipients-message");
        message.getStyleClass().add(Styles.SUCCESS);
        message.textProperty().bind(model.message());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        // The outcome of an import takes the hint's place, so the form's buttons stay in view.
        hint.managedProperty().bind(message.managedProperty().not());
        hint.visibleProperty().bind(hint.managedProperty());
        HBox body = new HBox(16, tablePane(zone), new RecipientForm(model));
        HBox.setHgrow(body.getChildren().get(0), Priority.ALWAYS);
        OutputPane outputPane = new OutputPane(output);
        HBox certificate = new HBox(16, new PreviewPane(preview), outputPane);
        HBox.setHgrow(outputPane, Priority.ALWAYS);
        followSelection();
        return new VBox(12, title, hint, toolbar(), message, body, certificate);
    }

    private Node toolbar() {
        TextField search = new TextField();
        search.setId("recipients-search");
        search.setPromptText(I18n.tr("recipients.search"));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(model.search());
        Label count = new Label();
        count.setId("recipients-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(model.count());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button importButton = new Button(I18n.tr("recipients.import"), new FontIcon(Feather.UPLOAD));
        importButton.setId("recipients-import");
        importButton.setOnAction(e -> model.importer().chooseFile());
        Button delete = new Button(I18n.tr("recipients.form.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("recipient-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(List.copyOf(table.getSelectionModel().getSelectedItems())));
        HBox bar = new HBox(10, new FontIcon(Feather.SEARCH), search, count, spring, delete, importButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The preview shows the selected recipient on the chosen paper; the output panel knows the whole selection. */
    private void followSelection() {
        Runnable show = () -> preview.show(model.selected().get(), output.paper().get());
        model.selected().addListener((o, a, b) -> show.run());
        output.paper().addListener((o, a, b) -> show.run());
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<Recipient>) c ->
                        output.selection().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
    }

    private Node tablePane(ZoneId zone) {
        table.setId("recipients-table");
        table.setPlaceholder(new Label(I18n.tr("recipients.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(300);
        table.setMinHeight(240);
        TableColumn<Recipient, Recipient> name = RecipientTableColumns.name("recipients.column.name");
        name.setId("column-name");
        TableColumn<Recipient, String> reason = RecipientTableColumns.elided("recipients.column.reason",
                r -> r.reason().replace('\n', ' '), 150);
        reason.setComparator(RecipientTableColumns.alphabetical());
        reason.setMinWidth(80);
        table.getColumns().setAll(List.of(name, reason,
                RecipientTableColumns.date("recipients.column.date"),
                RecipientTableColumns.state("recipients.column.state", zone)));
        // The table sorts the list under the filter (the model's order), so a key typed in the search only
        // filters rows already in order: sorting the filtered rows again at each key took more than a frame.
        table.setSortPolicy(t -> true);
        model.order().bind(table.comparatorProperty());
        table.setItems(model.shown());
        table.getSortOrder().add(name); // after the items: setting items that are no SortedList clears the order
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.delete(List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selected().set(b);
            }
        });
        model.selected().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(b);
                if (a != null && a.id() == b.id()) {
                    return; // the same recipient, just saved field by field: the list and the page stay where they are
                }
                // A recipient just added is shown where it landed in the sorted table, and the table on the page.
                table.scrollTo(b);
                javafx.application.Platform.runLater(() -> qc.trousse.ui.ScrollIntoView.reveal(table));
            }
        });
        return table;
    }
}
