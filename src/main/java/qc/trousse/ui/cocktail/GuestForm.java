package qc.trousse.ui.cocktail;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.ShownAs;

/**
 * The form of one guest, in two columns. The guest selected is saved as each field changes (no save button, as
 * everywhere in the app); "Ajouter" appears only for a new guest, after "Nouvel invité".
 */
final class GuestForm {
    private GuestForm() {
    }

    static VBox build(GuestsModel model, VehiclesModel vehicles) {
        GuestFields f = model.form();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ComboBox<GuestKind> kind = new ComboBox<>();
        kind.setId("guest-kind");
        kind.getItems().setAll(GuestKind.values());
        kind.setConverter(ShownAs.text(k -> I18n.tr(k.key())));
        kind.valueProperty().bindBidirectional(f.kind);
        grid.addRow(0, Forms.label("cocktail.guest.name"), Forms.field("guest-name", f.name, null),
                Forms.label("cocktail.guest.kind"), kind);
        grid.addRow(1, Forms.label("cocktail.guest.organisation"), Forms.field("guest-organisation", f.organisation,
                null), Forms.label("cocktail.guest.role"), Forms.field("guest-role", f.role, null));
        grid.addRow(2, Forms.label("cocktail.guest.email"), Forms.field("guest-email", f.email, null),
                Forms.label("cocktail.guest.phone"), Forms.field("guest-phone", f.phone, null));
        TextField party = Forms.field("guest-party", f.party, null);
        party.setPrefColumnCount(3);
        grid.addRow(3, Forms.label("cocktail.guest.reason"), Forms.field("guest-reason", f.reason, null),
                Forms.label("cocktail.guest.party"), party);
        grid.addRow(4, Forms.label("cocktail.guest.dietary"), Forms.field("guest-dietary", f.dietary, null),
                Forms.label("cocktail.guest.accessibility"), Forms.field("guest-accessibility", f.accessibility, null));
        CheckBox certificate = new CheckBox(I18n.tr("cocktail.guest.certificate"));
        certificate.setId("guest-certificate");
        certificate.selectedProperty().bindBidirectional(f.certificate);
        grid.addRow(5, Forms.label("cocktail.guest.vehicle"), vehicleChoice(f, vehicles), new javafx.scene.layout.Region(),
                certificate);
        Button add = new Button(I18n.tr("cocktail.guest.add"), new FontIcon(Feather.USER_PLUS));
        add.setId("guest-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setDefaultButton(false);
        add.visibleProperty().bind(model.editing().not());
        add.managedProperty().bind(add.visibleProperty());
        add.setOnAction(e -> model.save());
        javafx.scene.control.Label saved = new javafx.scene.control.Label(I18n.tr("cocktail.guest.savedAtOnce"),
                new FontIcon(Feather.CHECK));
        saved.setId("guest-saved-at-once");
        saved.getStyleClass().add(Styles.TEXT_MUTED);
        saved.visibleProperty().bind(model.editing());
        saved.managedProperty().bind(saved.visibleProperty());
        Button delete = new Button(I18n.tr("cocktail.guest.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("guest-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(model.editing().not());
        delete.setOnAction(e -> model.delete());
        HBox actions = new HBox(8, add, saved, delete);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(8, grid, Forms.problem("guest-problem", model.problem()), actions);
    }

    private static ComboBox<Long> vehicleChoice(GuestFields f, VehiclesModel vehicles) {
        ComboBox<Long> choice = new ComboBox<>();
        choice.setId("guest-vehicle");
        Runnable fill = () -> {
            Long kept = f.vehicle.get();
            choice.getItems().setAll(0L);
            vehicles.vehicles().forEach(v -> choice.getItems().add(v.id()));
            choice.setValue(kept);
        };
        fill.run();
        vehicles.vehicles().addListener((javafx.collections.ListChangeListener<Vehicle>) c -> fill.run());
        // No vehicle (null or 0) reads as such, not as an empty box.
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Long id) {
                return id == null || id == 0 ? I18n.tr("cocktail.vehicle.none") : vehicles.vehicles().stream()
                        .filter(v -> v.id() == id).map(Vehicle::name).findFirst().orElse("");
            }

            @Override
            public Long fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(f.vehicle);
        return choice;
    }
}
