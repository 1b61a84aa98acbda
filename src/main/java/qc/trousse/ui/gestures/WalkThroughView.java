package qc.trousse.ui.gestures;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.gestures.WalkThroughViewModel.Step;

/** The walk-through as a stepper: a heading with the step, its page, and Back / Next / Finish. */
public final class WalkThroughView extends VBox {
    private final WalkThroughViewModel model;
    private final Runnable finished;
    private final VBox page = new VBox(10);

    public WalkThroughView(WalkThroughViewModel model, Runnable finished) {
        super(12);
        this.model = model;
        this.finished = finished;
        setId("walkthrough");
        model.step().addListener((o, a, b) -> redraw());
        model.revision().addListener((o, a, b) -> {
            if (model.step().get() == Step.PICK || model.step().get() == Step.REVIEW) {
                redraw();
            }
        });
        redraw();
    }

    private void redraw() {
        Step step = model.step().get();
        Label heading = new Label(I18n.tr("gestures.wizard.heading", step.ordinal() + 1, Step.values().length,
                I18n.tr("gestures.wizard.step." + step.name().toLowerCase())));
        heading.setId("wizard-heading");
        heading.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label(model.hint(step));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        page.getChildren().setAll(switch (step) {
            case PICK -> new PickStep(model);
            case SCHEDULE -> schedule();
            case PEOPLE -> people();
            case REVIEW -> review();
        });
        Label message = new Label();
        message.setId("wizard-message");
        message.getStyleClass().add("warning");
        message.textProperty().bind(model.message());
        getChildren().setAll(heading, hint, page, message, buttons(step));
    }

    private Node schedule() {
        GridPane grid = grid();
        int r = 0;
        for (WizardRow row : model.rows()) {
            ComboBox<java.time.LocalDate> day = new ComboBox<>();
            day.setId("slot-day-" + row.controlId());
            day.getItems().setAll(model.rowsDays());
            day.setConverter(Days.converter());
            day.valueProperty().bindBidirectional(row.day());
            day.setDisable(row.dayFixed());
            day.valueProperty().addListener((o, a, b) -> model.commitDay(row));
            TextField start = bound("slot-start-" + row.controlId(), row.start());
            TextField end = bound("slot-end-" + row.controlId(), row.end());
            Label problem = new Label();
            problem.setId("slot-problem-" + row.controlId());
            problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
            problem.textProperty().bind(row.problem());
            problem.setWrapText(true);
            problem.setMaxWidth(320);
            day.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(row.title());
            title.setMinWidth(Region.USE_PREF_SIZE);
            Node note = row.dayFixed() ? new VBox(2, small(I18n.tr("gestures.wizard.cocktailFixed")), problem) : problem;
            grid.addRow(r++, title, day, start, new Label("–"), end, note);
        }
        return grid;
    }

    private Node people() {
        GridPane grid = grid();
        int r = 0;
        for (WizardRow row : model.rows()) {
            TextField place = bound("place-" + row.controlId(), row.place());
            place.setPrefWidth(280);
            place.setPromptText(I18n.tr("gestures.field.place.prompt"));
            place.setOnAction(e -> model.commitPlace(row));
            place.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    model.commitPlace(row);
                }
            });
            ComboBox<String> owner = new ComboBox<>();
            owner.setId("owner-" + row.controlId());
            owner.getItems().setAll(model.staff());
            owner.setPromptText(I18n.tr("gestures.field.owner.prompt"));
            owner.valueProperty().bindBidirectional(row.owner());
            owner.valueProperty().addListener((o, a, b) -> model.commitOwner(row));
            grid.addRow(r++, new Label(row.title()), place, owner);
        }
        if (model.staff().isEmpty()) {
            grid.add(small(I18n.tr("gestures.wizard.noStaff")), 0, r, 3, 1);
        }
        return grid;
    }

    private Node review() {
        VBox list = new VBox(6);
        list.setId("review-list");
        for (PlannedGesture g : model.chosen()) {
            Label line = new Label(I18n.tr("gestures.wizard.reviewLine", model.title(g), Days.format(g.day()),
                    Days.slot(g.start(), g.end()), g.place().isBlank() ? I18n.tr("gestures.card.noPlace") : g.place(),
                    g.owner().isBlank() ? I18n.tr("gestures.card.noOwner") : g.owner(), g.progress()));
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        for (String warning : model.warnings()) {
            Label w = new Label(warning, new FontIcon(Feather.ALERT_TRIANGLE));
            w.getStyleClass().add("warning");
            w.setWrapText(true);
            list.getChildren().add(w);
        }
        return list;
    }

    private Node buttons(Step step) {
        Button back = new Button(I18n.tr("gestures.wizard.back"), new FontIcon(Feather.ARROW_LEFT));
        back.setId("wizard-back");
        back.setDisable(step == Step.PICK);
        back.setOnAction(e -> model.back());
        Button next = new Button(I18n.tr("gestures.wizard.next"), new FontIcon(Feather.ARROW_RIGHT));
        next.setId("wizard-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setOnAction(e -> model.next());
        Button finish = new Button(I18n.tr("gestures.wizard.finish"), new FontIcon(Feather.CHECK));
        finish.setId("wizard-finish");
        finish.getStyleClass().add(Styles.SUCCESS);
        finish.setOnAction(e -> {
            model.finish();
            finished.run();
        });
        HBox bar = new HBox(8, back, step == Step.REVIEW ? finish : next);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private static TextField bound(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(80);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }
}
