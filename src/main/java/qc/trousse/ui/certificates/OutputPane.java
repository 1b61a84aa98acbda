package qc.trousse.ui.certificates;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.certificates.batch.Scope;
import qc.trousse.certificates.render.Paper;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.ShownAs;

/** The output panel: which recipients, paper, PDF or printer, and the progress of the work under way. */
final class OutputPane extends VBox {
    OutputPane(OutputViewModel model) {
        super(10);
        setId("output-pane");
        getStyleClass().add("card");
        setPadding(new Insets(14));
        Label title = new Label(I18n.tr("output.heading"));
        title.getStyleClass().add(Styles.TITLE_4);

        ComboBox<Scope> scope = combo("output-scope", Scope.values(), s -> I18n.tr(s.labelKey()));
        scope.valueProperty().bindBidirectional(model.scope());
        ComboBox<Paper> paper = combo("output-paper", Paper.values(), p -> I18n.tr("certificates.paper." + p.code()));
        paper.valueProperty().bindBidirectional(model.paper());
        ComboBox<String> printer = new ComboBox<>(model.printers());
        printer.setId("output-printer");
        printer.setMaxWidth(Double.MAX_VALUE);
        printer.valueProperty().bindBidirectional(model.printer());
        printer.setPromptText(I18n.tr("output.noPrinters"));
        Spinner<Integer> copies = new Spinner<>(1, 99, model.copies().get());
        copies.setId("output-copies");
        copies.setPrefWidth(90);
        copies.valueProperty().addListener((o, a, b) -> model.copies().set(b));

        ToggleGroup form = new ToggleGroup();
        RadioButton one = new RadioButton(I18n.tr("output.onePdf"));
        one.setId("output-one");
        one.setToggleGroup(form);
        RadioButton each = new RadioButton(I18n.tr("output.eachPdf"));
        each.setId("output-each");
        each.setToggleGroup(form);
        (model.each().get() ? each : one).setSelected(true);
        each.selectedProperty().addListener((o, a, b) -> model.each().set(b));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Label count = new Label();
        count.setId("output-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(model.summary());
        grid.addRow(0, new Label(I18n.tr("output.scope")), scope, count);
        grid.addRow(1, new Label(I18n.tr("onsite.paper")), paper);
        grid.addRow(2, new Label(I18n.tr("output.pdf")), new HBox(12, one, each));
        grid.addRow(3, new Label(I18n.tr("onsite.printer")), printer);
        grid.addRow(4, new Label(I18n.tr("onsite.copies")), copies);
        GridPane.setHgrow(printer, Priority.ALWAYS);

        Button save = new Button(I18n.tr("output.savePdf"), new FontIcon(Feather.DOWNLOAD));
        save.setId("output-save");
        save.setOnAction(e -> model.savePdf());
        Button print = new Button(I18n.tr("output.print"), new FontIcon(Feather.PRINTER));
        print.setId("output-print");
        print.getStyleClass().add(Styles.ACCENT);
        print.setOnAction(e -> model.print());
        save.disableProperty().bind(model.busy());
        print.disableProperty().bind(model.busy().or(model.printer().isNull()));
        FlowPane actions = new FlowPane(10, 8, save, print);

        getChildren().addAll(title, grid, actions, progress(model), status(model));
    }

    private static Node progress(OutputViewModel model) {
        ProgressBar bar = new ProgressBar();
        bar.setId("output-progress");
        bar.progressProperty().bind(model.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(I18n.tr("recipients.import.cancel"));
        cancel.setId("output-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox row = new HBox(10, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.busy());
        row.managedProperty().bind(model.busy());
        return row;
    }

    private static Node status(OutputViewModel model) {
        Label status = new Label();
        status.setId("output-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        status.managedProperty().bind(model.status().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        return status;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, java.util.function.Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(ShownAs.text(label));
        return box;
    }
}
