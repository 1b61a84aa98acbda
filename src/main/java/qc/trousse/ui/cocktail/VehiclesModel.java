package qc.trousse.ui.cocktail;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.cocktail.CocktailService;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;
import qc.trousse.i18n.I18n;

import java.util.List;

/** The vehicles to Québec City: their seats against who rides in them, and the staff still without a seat. */
public final class VehiclesModel {
    private final CocktailService cocktail;
    private final GuestService guests;
    private final ObservableList<Vehicle> vehicles = FXCollections.observableArrayList();
    private final ObservableList<String> staff = FXCollections.observableArrayList();
    private final ObjectProperty<Vehicle> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<VehicleKind> newKind = new SimpleObjectProperty<>(VehicleKind.CAR);
    private final StringProperty newSeats = new SimpleStringProperty("4");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty withoutSeat = new SimpleStringProperty("");

    private final Guard guard;
    /** Bumped at each refresh: a vehicle's line counts the guests riding in it, who change without the vehicle. */
    private final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();

    VehiclesModel(CocktailService cocktail, GuestService guests, Guard guard) {
        this.cocktail = cocktail;
        this.guests = guests;
        this.guard = guard;
        refresh();
    }

    void refresh() {
        Vehicle chosen = selected.get();
        // Row by row, so the list keeps its selection and scroll when a colleague changes one vehicle.
        qc.trousse.ui.FreshList.update(vehicles, cocktail.vehicles(), Vehicle::id);
        List<String> attending = cocktail.event().attendingStaff();
        qc.trousse.ui.FreshList.update(staff, attending, name -> name);
        revision.set(revision.get() + 1);
        List<String> left = cocktail.staffWithoutSeat(attending);
        withoutSeat.set(left.isEmpty() ? "" : I18n.tr("cocktail.vehicle.staffWithout", String.join(", ", left)));
        if (chosen != null) {
            selected.set(cocktail.vehicle(chosen.id()).orElse(null));
        }
    }

    /** "Autobus — 12 / 40 places", flagged when more people ride than there are seats. */
    public String line(Vehicle v) {
        int taken = v.occupied(guests.all());
        String key = taken > v.seats() ? "cocktail.vehicle.over" : "cocktail.vehicle.line";
        String text = I18n.tr(key, v.name(), I18n.tr(v.kind().key()), taken,
                I18n.count("cocktail.vehicle.seats", v.seats()));
        return v.staff().isEmpty() ? text : text + " · " + String.join(", ", v.staff());
    }

    public boolean over(Vehicle v) {
        return v.overCapacity(guests.all());
    }

    public void add() {
        String name = newName.get() == null ? "" : newName.get().strip();
        int seats;
        try {
            seats = Integer.parseInt(newSeats.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            seats = 0; // not a number: refused in words just below, as too few seats
        }
        if (name.isEmpty()) {
            problem.set(I18n.tr("cocktail.vehicle.problem.name"));
        } else if (seats < 1 || seats > 90) {
            problem.set(I18n.tr("cocktail.vehicle.problem.seats"));
        } else {
            problem.set("");
            int count = seats;
            guard.run(() -> selected.set(cocktail.addVehicle(new Vehicle(0, name, newKind.get(), count, List.of()))));
            newName.set("");
        }
    }

    public void delete() {
        Vehicle v = selected.get();
        problem.set("");
        if (v != null) {
            guard.run(() -> {
                if (!cocktail.deleteVehicle(v.id(), guests.all())) {
                    problem.set(I18n.tr("cocktail.vehicle.notEmpty"));
                }
            });
        }
    }

    public void seat(String name) {
        Vehicle v = selected.get();
        if (name != null && v != null) {
            guard.run(() -> cocktail.seatStaff(name, v.id()));
        }
    }

    public void unseat(String name) {
        if (name != null) {
            guard.run(() -> cocktail.seatStaff(name, 0));
        }
    }

    public ObservableList<Vehicle> vehicles() {
        return vehicles;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty revision() {
        return revision;
    }

    public ObservableList<String> staff() {
        return staff;
    }

    public ObjectProperty<Vehicle> selected() {
        return selected;
    }

    public StringProperty newName() {
        return newName;
    }

    public ObjectProperty<VehicleKind> newKind() {
        return newKind;
    }

    public StringProperty newSeats() {
        return newSeats;
    }

    public StringProperty problem() {
        return problem;
    }

    public StringProperty withoutSeat() {
        return withoutSeat;
    }
}
