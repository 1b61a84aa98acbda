package qc.trousse.ui.report;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.ShownAs;

/** Bilan: the end-of-week report as it will print, page by page, with its language and the export. */
public final class ReportView extends VBox implements ScreenLifecycle {
    private static final double PREVIEW_WIDTH = 720;
    private final ReportViewModel model;

    public ReportView(ReportViewModel model) {
        super(14);
        this.model = model;
        setId("report-view");
        setPadding(new Insets(24));
        getStyleClass().add("screen");
        Label title = new Label(I18n.tr("report.title"));
        title.setId("report-title");
        title.getStyleClass().add(Styles.TITLE_2);
        getChildren().addAll(title, toolbar(), pager(), preview());
    }

    /** For tests that hand the export a file as the system's chooser would. */
    public ReportViewModel model() {
        return model;
    }

    /** The report reads the whole week: shown again, it is read again. */
    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public void disposed() {
        model.dispose();
    }

    private HBox toolbar() {
        ComboBox<Lang> lang = new ComboBox<>();
        lang.setId("report-lang");
        lang.getItems().setAll(Lang.values());
        lang.setConverter(ShownAs.text(l -> I18n.tr("menu.view.lang." + l.code())));
        lang.valueProperty().bindBidirectional(model.reportLang());
        Button refresh = new Button(I18n.tr("report.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("report-refresh");
        refresh.setOnAction(e -> model.refresh());
        Button export = new Button(I18n.tr("report.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("report-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.setOnAction(e -> model.export());
        export.disableProperty().bind(model.working());
        ProgressBar busy = new ProgressBar();
        busy.setId("report-progress");
        busy.setPrefWidth(120);
        busy.progressProperty().bind(model.progress());
        busy.visibleProperty().bind(model.working());
        Label status = new Label();
        status.setId("report-status");
        status.textProperty().bind(model.status());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, new Label(I18n.tr("report.lang")), lang, refresh, gap, busy, status, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private StackPane preview() {
        ImageView page = new ImageView();
        page.setId("report-page");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        page.imageProperty().bind(model.page());
        // A whole page at a readable size; a little short of the width so the scroll bar never feeds back.
        page.fitWidthProperty().bind(widthProperty().subtract(130).map(w -> Math.max(200, Math.min(w.doubleValue(),
                PREVIEW_WIDTH))));
        page.setEffect(new DropShadow(12, javafx.scene.paint.Color.rgb(0, 0, 0, 0.25)));
        StackPane sheet = new StackPane(page);
        sheet.setId("report-preview");
        sheet.setPadding(new Insets(24));
        sheet.setMinWidth(0);
        sheet.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;");
        return sheet;
    }

    private HBox pager() {
        Button previous = new Button(I18n.tr("report.previous"), new FontIcon(Feather.CHEVRON_LEFT));
        previous.setId("report-previous");
        previous.setOnAction(e -> model.previous());
        previous.disableProperty().bind(model.atFirst());
        Button next = new Button(I18n.tr("report.next"), new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("report-next");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.atLast());
        Label label = new Label();
        label.setId("report-page-label");
        label.textProperty().bind(model.pageLabel());
        HBox pager = new HBox(12, previous, label, next);
        pager.setAlignment(Pos.CENTER);
        return pager;
    }
}
