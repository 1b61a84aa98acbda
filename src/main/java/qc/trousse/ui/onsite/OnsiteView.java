package qc.trousse.ui.onsite;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.certificates.render.Paper;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.ui.ShownAs;

/** Sur place: big type, a name, its certificate, and the Print button. */
public final class OnsiteView extends VBox implements ScreenLifecycle {
    private final OnsiteViewModel model;

    public OnsiteView(OnsiteViewModel model) {
        super(16);
        this.model = model;
        setId("onsite-view");
        setPadding(new Insets(24));
        getStyleClass().addAll("screen", "onsite");

        Label title = new Label(I18n.tr("onsite.title"));
        title.getStyleClass().add("title-2");

        TextField name = new TextField();
        name.setId("onsite-name");
        name.setPromptText(I18n.tr("onsite.name"));
        name.getStyleClass().add("onsite-name");
        name.textProperty().bindBidirectional(model.name());
        name.setOnAction(e -> model.print());
        TextField reason = new TextField();
        reason.setId("onsite-reason");
        reason.setPromptText(I18n.tr("onsite.reason"));
        reason.getStyleClass().add("onsite-reason");
        reason.textProperty().bindBidirectional(model.reason());

        ComboBox<String> printers = new ComboBox<>(model.printers());
        printers.setId("onsite-printer");
        printers.valueProperty().bindBidirectional(model.printer());
        printers.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Paper> paper = new ComboBox<>();
        paper.setId("onsite-paper");
        paper.getItems().setAll(Paper.values());
        paper.valueProperty().bindBidirectional(model.paper());
        paper.setConverter(ShownAs.text(p -> I18n.tr("certificates.paper." + p.code())));
        Spinner<Integer> copies = new Spinner<>(1, 99, model.copies().get());
        copies.setId("onsite-copies");
        copies.valueProperty().addListener((o, a, b) -> model.copies().set(b));

        GridPane settings = new GridPane();
        settings.setHgap(10);
        settings.setVgap(8);
        settings.addRow(0, new Label(I18n.tr("onsite.printer")), printers);
        settings.addRow(1, new Label(I18n.tr("onsite.paper")), paper);
        settings.addRow(2, new Label(I18n.tr("onsite.copies")), copies);

        Button print = new Button(I18n.tr("onsite.print"), new FontIcon("fth-printer"));
        print.setId("onsite-print");
        print.getStyleClass().addAll("accent", "large");
        print.setDefaultButton(false);
        print.setOnAction(e -> model.print());
        Button save = new Button(I18n.tr("onsite.savePdf"), new FontIcon("fth-download"));
        save.setId("onsite-save");
        save.setOnAction(e -> model.savePdf());
        Button test = new Button(I18n.tr("onsite.testPage"));
        test.setId("onsite-test");
        test.setOnAction(e -> model.printTestPage());
        print.disableProperty().bind(model.busy().or(model.name().isEmpty()));
        save.disableProperty().bind(model.busy().or(model.name().isEmpty()));
        test.disableProperty().bind(model.busy());
        FlowPane actions = new FlowPane(10, 10, print, save, test);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label warnings = new Label();
        warnings.setId("onsite-warnings");
        warnings.getStyleClass().add("warning");
        warnings.setWrapText(true);
        warnings.textProperty().bind(model.warnings());
        warnings.managedProperty().bind(model.warnings().isNotEmpty());
        Label status = new Label();
        status.setId("onsite-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status());

        VBox form = new VBox(12, name, reason, settings, actions, warnings, status);
        form.setPrefWidth(420);
        form.setMinWidth(360);

        ImageView image = new ImageView();
        image.setId("onsite-preview");
        image.setPreserveRatio(true);
        image.imageProperty().bind(model.preview());
        Label empty = new Label(I18n.tr("onsite.typeName"));
        empty.getStyleClass().add("text-muted");
        empty.visibleProperty().bind(model.preview().isNull());
        StackPane previewPane = new StackPane(empty, image);
        previewPane.getStyleClass().add("card");
        previewPane.setPadding(new Insets(8));
        previewPane.setMinSize(300, 240);
        image.fitWidthProperty().bind(previewPane.widthProperty().subtract(16));
        HBox.setHgrow(previewPane, Priority.ALWAYS);

        HBox body = new HBox(20, form, previewPane);
        getChildren().addAll(title, body);
    }

    /** The certificate carries the profile's names and the design: shown again, it is drawn again. */
    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public void disposed() {
        // follows nothing in the session: the preview is drawn when shown or typed
    }
}
