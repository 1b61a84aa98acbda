package qc.trousse.ui.cocktail;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.ShownAs;

/** The vehicles: add one, see its seats taken, seat the office staff in it. */
final class VehiclesPane {
    private VehiclesPane() {
    }

    static VBox build(VehiclesModel model) {
        Label heading = new Label(I18n.tr("cocktail.vehicles"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<Vehicle> list = new ListView<>(model.vehicles());
        list.setId("cocktail-vehicles");
        list.setPrefHeight(110);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Vehicle item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.line(item));
                pseudoClassStateChanged(Styles.STATE_DANGER, !empty && item != null && model.over(item));
                setStyle(!empty && item != null && model.over(item) ? "-fx-text-fill: -color-danger-fg;" : "");
            }
        });
        model.revision().addListener((o, a, b) -> list.refresh()); // the lines again, selection and scroll kept
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selected().set(b);
            }
        });
        TextField name = Forms.field("vehicle-name", model.newName(), "cocktail.vehicle.name");
        ComboBox<VehicleKind> kind = new ComboBox<>();
        kind.setId("vehicle-kind");
        kind.getItems().setAll(VehicleKind.values());
        kind.setConverter(converter());
        kind.valueProperty().bindBidirectional(model.newKind());
        TextField seats = Forms.field("vehicle-seats", model.newSeats(), "cocktail.vehicle.seats");
        seats.setPrefColumnCount(3);
        Button add = new Button(I18n.tr("cocktail.vehicle.add"), new FontIcon(Feather.PLUS));
        add.setId("vehicle-add");
        add.setOnAction(e -> model.add());
        Button delete = new Button(I18n.tr("cocktail.vehicle.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("vehicle-delete");
        delete.disableProperty().bind(model.selected().isNull());
        delete.setOnAction(e -> model.delete());
        HBox.setHgrow(name, Priority.ALWAYS);
        ComboBox<String> staff = new ComboBox<>(model.staff());
        staff.setId("vehicle-staff");
        staff.setPromptText(I18n.tr("cocktail.staff"));
        Button seat = new Button(I18n.tr("cocktail.vehicle.staffAdd"));
        seat.setId("vehicle-seat");
        seat.disableProperty().bind(model.selected().isNull().or(staff.valueProperty().isNull()));
        seat.setOnAction(e -> model.seat(staff.getValue()));
        Button unseat = new Button(I18n.tr("cocktail.vehicle.staffRemove"));
        unseat.setId("vehicle-unseat");
        unseat.disableProperty().bind(staff.valueProperty().isNull());
        unseat.setOnAction(e -> model.unseat(staff.getValue()));
        Label without = new Label();
        without.setId("vehicle-without-seat");
        without.textProperty().bind(model.withoutSeat());
        without.getStyleClass().add(Styles.WARNING);
        HBox adding = new HBox(8, name, kind, seats, add, delete);
        HBox seating = new HBox(8, staff, seat, unseat, without);
        adding.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        seating.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(8, heading, list, adding, seating, Forms.problem("vehicle-problem", model.problem()));
    }

    static StringConverter<VehicleKind> converter() {
        return ShownAs.text(k -> I18n.tr(k.key()));
    }
}
