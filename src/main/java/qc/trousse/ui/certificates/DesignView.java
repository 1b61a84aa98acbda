package qc.trousse.ui.certificates;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import qc.trousse.certificates.render.Align;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.certificates.render.FieldStyle;
import qc.trousse.certificates.render.FontRole;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.ui.ShownAs;
import qc.trousse.ui.WriteBack;

/** Modèle de certificat: the preview with draggable field boxes, and the selected field's style. */
public final class DesignView extends VBox implements ScreenLifecycle {
    private static final double PREVIEW_WIDTH = 680;
    private static final double PREVIEW_HEIGHT = PREVIEW_WIDTH * 612 / 792;
    private final DesignViewModel model;

    public DesignView(DesignViewModel model) {
        super(14);
        this.model = model;
        setId("design-view");
        setPadding(new Insets(24));
        getStyleClass().add("screen");
        Label title = new Label(I18n.tr("design.title"));
        title.getStyleClass().add("title-2");

        Button importBg = new Button(I18n.tr("design.importBackground"));
        importBg.setId("design-import");
        importBg.setOnAction(e -> model.importBackground());
        Button builtIn = new Button(I18n.tr("design.removeBackground"));
        builtIn.setId("design-builtin");
        builtIn.setOnAction(e -> model.removeBackground());
        builtIn.disableProperty().bind(model.design().map(d -> d.background() == null).orElse(true));
        FlowPane actions = new FlowPane(10, 10, importBg, builtIn);

        ComboBox<FieldId> field = new ComboBox<>();
        field.setId("design-field");
        field.getItems().setAll(FieldId.values());
        field.valueProperty().bindBidirectional(model.selected());
        field.setConverter(ShownAs.text(id -> I18n.tr("certificates.field." + id.name())));
        Spinner<Double> size = new Spinner<>(4.0, 120.0, 12.0, 1.0);
        size.setId("design-size");
        size.setEditable(true);
        ColorPicker color = new ColorPicker();
        color.setId("design-color");
        ComboBox<Align> align = new ComboBox<>();
        align.setId("design-align");
        align.getItems().setAll(Align.values());
        align.setConverter(ShownAs.text(a -> I18n.tr("design.align." + a.name())));
        ComboBox<FontRole> font = new ComboBox<>();
        font.setId("design-font");
        font.getItems().setAll(FontRole.values());
        font.setConverter(ShownAs.text(f -> I18n.tr("design.font." + f.name())));
        font.setMaxWidth(Double.MAX_VALUE);
        CheckBox visible = new CheckBox(I18n.tr("design.visible"));
        visible.setId("design-visible");

        Runnable showStyle = () -> {
            FieldStyle s = model.selectedStyle();
            size.getValueFactory().setValue((double) s.size());
            color.setValue(color(s.color()));
            align.setValue(s.align());
            font.setValue(s.font());
            visible.setSelected(s.visible());
            boolean image = model.selected().get().isImage();
            size.setDisable(image);
            color.setDisable(image);
            align.setDisable(image);
            font.setDisable(image);
        };
        model.selected().addListener((o, a, b) -> showStyle.run());
        model.design().addListener((o, a, b) -> showStyle.run());
        showStyle.run();
        // Showing the selected field's style writes nothing back: only a value the file does not hold is written.
        WriteBack.of(size.valueProperty(), () -> (double) model.selectedStyle().size(),
                b -> model.setSize(b.floatValue()));
        WriteBack.of(color.valueProperty(), () -> color(model.selectedStyle().color()), c -> model.setColor(
                ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                        | (int) Math.round(c.getBlue() * 255)));
        WriteBack.of(align.valueProperty(), () -> model.selectedStyle().align(), model::setAlign);
        WriteBack.of(font.valueProperty(), () -> model.selectedStyle().font(), model::setFont);
        WriteBack.of(visible.selectedProperty(), () -> model.selectedStyle().visible(), model::setVisible);

        VBox style = new VBox(4, new Label(I18n.tr("design.field")), field, new Label(I18n.tr("design.size")), size,
                new Label(I18n.tr("design.color")), color, new Label(I18n.tr("design.align")), align, new Label(I18n.tr("design.font")), font, visible);
        field.setMaxWidth(Double.MAX_VALUE);
        align.setMaxWidth(Double.MAX_VALUE);
        color.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label(I18n.tr("design.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox side = new VBox(12, style, hint);
        side.setPrefWidth(290);
        side.setMinWidth(240);

        ImageView image = new ImageView();
        image.setId("design-preview");
        image.setFitWidth(PREVIEW_WIDTH);
        image.setFitHeight(PREVIEW_HEIGHT);
        image.imageProperty().bind(model.preview());
        // What the page says, for a screen reader: the preview is otherwise only a picture.
        image.accessibleTextProperty().bind(model.previewText());
        StackPane preview = new StackPane(image, new FieldOverlay(model, PREVIEW_WIDTH, PREVIEW_HEIGHT));
        preview.setMaxSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        preview.getStyleClass().add("card");

        getChildren().addAll(title, actions, new HBox(20, preview, side));
    }

    /** The sample certificate carries the profile's names: shown again, it is drawn again. */
    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public void disposed() {
        model.dispose();
    }

    private static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
