package qc.trousse.ui.cocktail;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;

import java.time.LocalDate;
import java.util.List;

/** The event (times, place, what to bring, who attends) and the trip there and back. */
final class EventPane {
    private EventPane() {
    }

    /**
     * @param editionAddress the Assembly's address as the edition gives it, or that it is to be confirmed
     * @param dateConfirmed  whether the campaign announced the day, else it is only proposed
     */
    static VBox event(EventModel model, LocalDate date, String editionAddress, boolean dateConfirmed) {
        GridPane grid = Forms.grid();
        String day = qc.trousse.i18n.DateStyle.full(date);
        grid.addRow(0, Forms.label("cocktail.date"), new Label(I18n.tr(dateConfirmed ? "cocktail.date.fixed"
                : "cocktail.date.proposed", day)));
        TextField start = Forms.field("cocktail-start", model.start(), "cocktail.time.prompt");
        TextField end = Forms.field("cocktail-end", model.end(), "cocktail.time.prompt");
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        HBox times = new HBox(8, start, Forms.label("cocktail.end"), end);
        times.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, Forms.label("cocktail.start"), times);
        grid.add(Forms.problem("cocktail-times-problem", model.timesProblem()), 1, 2);
        Label address = new Label(editionAddress);
        address.setWrapText(true);
        grid.addRow(3, Forms.label("cocktail.address"), address);
        grid.addRow(4, Forms.label("cocktail.room"), Forms.field("cocktail-room", model.room(), "cocktail.room.prompt"));
        grid.addRow(5, Forms.label("cocktail.entrance"),
                Forms.field("cocktail-entrance", model.entrance(), "cocktail.entrance.prompt"));
        grid.addRow(6, Forms.label("cocktail.bring"), Forms.field("cocktail-bring", model.bring(), "cocktail.bring.prompt"));
        grid.addRow(7, Forms.label("cocktail.staff"), staff(model));
        return Forms.section("cocktail.section.event", grid);
    }

    private static FlowPane staff(EventModel model) {
        FlowPane pane = new FlowPane(12, 6);
        pane.setId("cocktail-staff");
        List<String> names = model.officeStaff();
        if (names.isEmpty()) {
            pane.getChildren().add(Forms.muted(I18n.tr("cocktail.staff.none")));
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            CheckBox box = new CheckBox(name);
            box.setId("cocktail-staff-" + i);
            box.setSelected(model.attending().contains(name));
            box.selectedProperty().addListener((o, a, b) -> {
                if (b != model.attending().contains(name)) {
                    model.setAttending(name, b);
                }
            });
            model.attending().addListener((ListChangeListener<String>) c -> box.setSelected(
                    model.attending().contains(name)));
            pane.getChildren().add(box);
        }
        return pane;
    }

    static VBox trip(EventModel model) {
        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label("cocktail.departurePlace"),
                Forms.field("cocktail-departure-place", model.departurePlace(), "cocktail.departurePlace.prompt"));
        TextField travel = Forms.field("cocktail-travel", model.travel(), "cocktail.duration.prompt");
        travel.setPrefColumnCount(5);
        travel.promptTextProperty().bind(model.trip().travelPrompt());
        Button reset = new Button(I18n.tr("cocktail.travel.reset"));
        reset.setId("cocktail-travel-reset");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> model.resetTravel());
        Label defaults = new Label();
        defaults.setId("cocktail-travel-default");
        defaults.textProperty().bind(model.trip().travelDefault());
        defaults.getStyleClass().add(Styles.TEXT_MUTED);
        HBox road = new HBox(8, travel, reset);
        road.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, Forms.label("cocktail.travel"), new VBox(2, road, defaults));
        TextField margin = Forms.field("cocktail-margin", model.margin(), "cocktail.duration.prompt");
        margin.setPrefColumnCount(5);
        margin.setMaxWidth(Region.USE_PREF_SIZE);
        grid.addRow(2, Forms.label("cocktail.margin"), margin);
        grid.add(Forms.problem("cocktail-travel-problem", model.travelProblem()), 1, 3);
        Label departure = new Label();
        departure.setId("cocktail-departure");
        departure.getStyleClass().add(Styles.TEXT_BOLD);
        departure.textProperty().bind(model.trip().departure());
        departure.setWrapText(true);
        Label back = new Label();
        back.setId("cocktail-return");
        back.getStyleClass().add(Styles.TEXT_BOLD);
        back.textProperty().bind(model.trip().back());
        grid.addRow(4, Forms.label("cocktail.departure"), departure);
        grid.addRow(5, Forms.label("cocktail.return"), back);
        return new VBox(10, grid);
    }
}
