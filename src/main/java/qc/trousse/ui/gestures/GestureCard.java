package qc.trousse.ui.gestures;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.ShownAs;

import java.time.LocalDate;

/** One planned gesture on the board: time, place, owner, checklist progress, and its state and day controls. */
final class GestureCard extends VBox {
    private final PlannedGesture gesture;

    GestureCard(PlannedGesture g, WeekBoardViewModel model) {
        super(4);
        this.gesture = g;
        String key = GesturesView.idOf(g);
        setId("card-" + key);
        setUserData(g.id());
        getStyleClass().addAll("card", "gesture-card", "state-" + g.state().name().toLowerCase());
        if (model.overlapping(g.id())) {
            getStyleClass().add("overlap");
        }
        setPadding(new Insets(8));
        setMaxWidth(Double.MAX_VALUE);
        Label title = new Label(model.title(g));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        Label time = new Label(Days.slot(g.start(), g.end()), new FontIcon(Feather.CLOCK));
        time.setId("card-time-" + key);
        Label place = new Label(g.place().isBlank() ? I18n.tr("gestures.card.noPlace") : g.place(),
                new FontIcon(Feather.MAP_PIN));
        place.setWrapText(true);
        Label owner = new Label(g.owner().isBlank() ? I18n.tr("gestures.card.noOwner") : g.owner(),
                new FontIcon(Feather.USER));
        owner.setId("card-owner-" + key);
        ProgressBar bar = new ProgressBar(g.checklist().isEmpty() ? 0 : (double) g.doneItems() / g.checklist().size());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label progress = new Label(g.progress());
        progress.setId("card-progress-" + key);
        HBox progressRow = new HBox(6, bar, progress);
        getChildren().addAll(title, time, place, owner, progressRow, stateBox(g, model, key), moveBox(g, model, key));
        model.cocktailClash(g.id()).ifPresent(why -> {
            Label clash = new Label(why, new FontIcon(Feather.ALERT_TRIANGLE));
            clash.setId("card-clash-" + key);
            clash.getStyleClass().addAll("warning", Styles.TEXT_SMALL);
            clash.setWrapText(true);
            clash.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(2, clash);
        });
        for (var label : new Label[]{time, place, owner, progress}) {
            label.getStyleClass().add(Styles.TEXT_SMALL);
        }
        // Wrapped lines keep their height however crowded the day is.
        for (var label : new Label[]{title, place}) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        setMinHeight(Region.USE_PREF_SIZE);
    }

    long gestureId() {
        return gesture.id();
    }

    private static ComboBox<GestureState> stateBox(PlannedGesture g, WeekBoardViewModel model, String key) {
        ComboBox<GestureState> states = new ComboBox<>();
        states.setId("state-" + key);
        states.getItems().setAll(model.states(g));
        states.setValue(g.state());
        states.setConverter(ShownAs.text(s -> I18n.tr(s.key())));
        states.setMaxWidth(Double.MAX_VALUE);
        states.getStyleClass().add(Styles.SMALL);
        states.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.setState(g.id(), b);
            }
        });
        return states;
    }

    /** The keyboard and mouse-free way to move a card: pick its day. The cocktail's day is fixed. */
    private static ComboBox<LocalDate> moveBox(PlannedGesture g, WeekBoardViewModel model, String key) {
        ComboBox<LocalDate> days = new ComboBox<>();
        days.setId("move-" + key);
        days.getItems().setAll(model.days());
        days.setValue(g.day());
        days.setConverter(Days.shortConverter());
        days.setMaxWidth(Double.MAX_VALUE);
        days.getStyleClass().add(Styles.SMALL);
        days.setDisable(g.isCocktail());
        days.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("gestures.card.move")));
        days.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.move(g.id(), b);
            }
        });
        return days;
    }
}
