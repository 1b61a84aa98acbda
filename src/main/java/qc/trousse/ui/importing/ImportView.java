package qc.trousse.ui.importing;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.i18n.I18n;
import qc.trousse.importing.ImportPreview.Good;
import qc.trousse.importing.TargetField;

import java.util.List;

/**
 * The import preview: what was detected, the mapping, the valid rows, the rows left out, and the choice.
 * The preview table shows the columns the list's owner gives.
 */
public final class ImportView<T> extends VBox {
    private final ImportViewModel<T> model;
    private final List<PreviewColumn<T>> columns;

    public ImportView(ImportViewModel<T> model, List<PreviewColumn<T>> columns) {
        super(12);
        this.model = model;
        this.columns = List.copyOf(columns);
        setId("import-view");
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_2);
        title.textProperty().bind(model.fileName().map(f -> model.rows().words().tr("heading", f)));
        Label detected = new Label();
        detected.setId("import-detected");
        detected.getStyleClass().add(Styles.TEXT_MUTED);
        detected.textProperty().bind(model.detected());
        // The choice sits right under the mapping, above the rows, so it is seen without scrolling.
        HBox decision = new HBox(16, summary(), actions());
        decision.setAlignment(Pos.CENTER_LEFT);
        // The rows left out first (what the user may fix), then the good rows, an invisible character marked.
        ImportWords words = model.rows().words();
        VBox loaded = new VBox(12, mapping(), problem(), decision,
                rowList(words.tr("bad"), Styles.DANGER, model.rows().badRows(), "import-bad", 96),
                rowList(words.tr("warnings"), Styles.WARNING, model.rows().warnings(), "import-warnings", 72),
                previewTable());
        loaded.visibleProperty().bind(model.reading().not());
        loaded.managedProperty().bind(loaded.visibleProperty());
        getChildren().addAll(title, detected, reading(), loaded);
    }

    private Node reading() {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(model.progress());
        Button cancel = new Button(model.rows().words().tr("cancel"), new FontIcon(Feather.X));
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> model.cancelReading());
        HBox box = new HBox(10, bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.reading());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node mapping() {
        GridPane grid = new GridPane();
        grid.setId("import-mapping");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(150), new ColumnConstraints(240),
                new ColumnConstraints(150), new ColumnConstraints(240));
        List<TargetField> fields = model.rows().fields();
        for (int i = 0; i < fields.size(); i++) {
            TargetField f = fields.get(i);
            ComboBox<ColumnChoice> box = new ComboBox<>(model.rows().choices());
            box.setId("map-" + f.id());
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().bindBidirectional(model.rows().choice(f.id()));
            grid.add(new Label(I18n.tr(f.labelKey())), (i % 2) * 2, i / 2);
            grid.add(box, (i % 2) * 2 + 1, i / 2);
        }
        Label heading = new Label(model.rows().words().tr("mapping"));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(10, heading, grid);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(14));
        return card;
    }

    private Node problem() {
        Label problem = new Label();
        problem.setId("import-problem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
        problem.textProperty().bind(model.rows().problem());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        return problem;
    }

    private Node summary() {
        Label summary = new Label();
        summary.setId("import-summary");
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.textProperty().bind(model.rows().summary());
        Label more = new Label(model.rows().words().tr("previewMore", ImportPreviewModel.PREVIEW_ROWS));
        more.getStyleClass().add(Styles.TEXT_MUTED);
        more.visibleProperty().bind(model.rows().summary().map(s -> model.rows().preview().get() != null
                && model.rows().preview().get().good().size() > ImportPreviewModel.PREVIEW_ROWS).orElse(false));
        Label already = new Label();
        already.setId("import-already");
        already.setWrapText(true);
        already.getStyleClass().add(Styles.WARNING);
        already.textProperty().bind(model.rows().already());
        already.managedProperty().bind(already.textProperty().isNotEmpty());
        already.visibleProperty().bind(already.managedProperty());
        summary.setWrapText(true);
        VBox box = new VBox(2, summary, already, more);
        more.managedProperty().bind(more.visibleProperty());
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node previewTable() {
        Label heading = new Label(model.rows().words().tr("preview"));
        heading.getStyleClass().add(Styles.TITLE_4);
        TableView<Good<T>> table = new TableView<>(model.rows().goodRows());
        table.setId("import-preview");
        table.setPlaceholder(new Label(model.rows().words().tr("noRows")));
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Good<T>, Integer> line = new TableColumn<>("#");
        line.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().line()));
        line.setPrefWidth(60);
        table.getColumns().add(line);
        for (PreviewColumn<T> c : columns) {
            table.getColumns().add(column(c));
        }
        return new VBox(6, heading, table);
    }

    private TableColumn<Good<T>, String> column(PreviewColumn<T> c) {
        TableColumn<Good<T>, String> column = new TableColumn<>(I18n.tr(c.labelKey()));
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(c.text().apply(f.getValue().value())));
        column.setPrefWidth(c.width());
        return column;
    }

    private static Node rowList(String headingText, String style, javafx.collections.ObservableList<String> rows,
                                String id, double height) {
        Label heading = new Label(headingText);
        heading.getStyleClass().addAll(Styles.TITLE_4, style);
        ListView<String> list = new ListView<>(rows);
        list.setId(id);
        list.setPrefHeight(height);
        VBox box = new VBox(6, heading, list);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(rows));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node actions() {
        Button go = new Button();
        go.setId("import-go");
        go.getStyleClass().add(Styles.ACCENT);
        go.setGraphic(new FontIcon(Feather.CHECK));
        go.textProperty().bind(model.rows().importText());
        go.disableProperty().bind(model.rows().canImport().not().or(model.writing()));
        go.setOnAction(e -> model.importRows());
        Button back = new Button(model.rows().words().tr("back"));
        back.setId("import-back");
        back.setOnAction(e -> model.cancelWritingOrClose());
        back.disableProperty().bind(model.reading());
        ProgressIndicator saving = new ProgressIndicator();
        saving.setId("import-writing");
        saving.progressProperty().bind(model.writeProgress());
        saving.setPrefSize(24, 24);
        saving.visibleProperty().bind(model.writing());
        go.setMinWidth(Region.USE_PREF_SIZE);
        back.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(10, saving, go, back);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }
}
