package qc.trousse.ui.cocktail;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.RsvpState;

import java.util.function.BiFunction;

/**
 * The fields of one guest as typed. For a guest being edited, each field's change is handed on as a change of
 * that one field, to be saved at once; a new guest is made whole from them by "Ajouter".
 */
public final class GuestFields {
    /** Where a field's change goes: the field's name, whether it is typed text, and the change of the guest. */
    @FunctionalInterface
    interface Changes {
        void changed(String field, boolean typing, java.util.function.UnaryOperator<Guest> change);
    }

    public final ObjectProperty<GuestKind> kind = new SimpleObjectProperty<>(GuestKind.PERSON);
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty organisation = new SimpleStringProperty("");
    public final StringProperty role = new SimpleStringProperty("");
    public final StringProperty email = new SimpleStringProperty("");
    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty reason = new SimpleStringProperty("");
    public final StringProperty party = new SimpleStringProperty("1");
    public final StringProperty dietary = new SimpleStringProperty("");
    public final StringProperty accessibility = new SimpleStringProperty("");
    public final BooleanProperty certificate = new SimpleBooleanProperty();
    public final ObjectProperty<Long> vehicle = new SimpleObjectProperty<>(0L);

    /** Hands each field's change on; a value equal to the guest's own is no change (showing a guest writes nothing). */
    void onChange(Changes changes) {
        on(changes, kind, "kind", false, Guest::withKind);
        on(changes, name, "name", true, Guest::withName);
        on(changes, organisation, "organisation", true, Guest::withOrganisation);
        on(changes, role, "role", true, (g, v) -> g.withContact(v, g.email(), g.phone(), g.reason()));
        on(changes, email, "email", true, (g, v) -> g.withContact(g.role(), v, g.phone(), g.reason()));
        on(changes, phone, "phone", true, (g, v) -> g.withContact(g.role(), g.email(), v, g.reason()));
        on(changes, reason, "reason", true, (g, v) -> g.withContact(g.role(), g.email(), g.phone(), v));
        on(changes, party, "party", true, (g, v) -> g.withPartySize(partySize(v)));
        on(changes, dietary, "dietary", true, (g, v) -> g.withNotes(v, g.accessibility()));
        on(changes, accessibility, "accessibility", true, (g, v) -> g.withNotes(g.dietary(), v));
        on(changes, certificate, "certificate", false, Guest::withCertificate);
        on(changes, vehicle, "vehicle", false, (g, v) -> g.withVehicle(v == null ? 0 : v));
    }

    private static <T> void on(Changes changes, Property<T> field, String fieldName, boolean typing,
                               BiFunction<Guest, T, Guest> set) {
        field.addListener((o, was, now) -> changes.changed(fieldName, typing, g -> set.apply(g, now)));
    }

    void load(Guest g) {
        Guest v = g == null ? Guest.named("") : g;
        kind.set(v.kind());
        // A field whose text already says the same (but for spaces at its ends) keeps what is being typed.
        show(name, v.name());
        show(organisation, v.organisation());
        show(role, v.role());
        show(email, v.email());
        show(phone, v.phone());
        show(reason, v.reason());
        show(dietary, v.dietary());
        show(accessibility, v.accessibility());
        show(party, String.valueOf(v.partySize()));
        certificate.set(v.certificate());
        vehicle.set(v.vehicleId());
    }

    private static void show(StringProperty field, String value) {
        if (field.get() == null || !field.get().strip().equals(value)) {
            field.set(value);
        }
    }

    Guest toGuest(long id, RsvpState rsvp) {
        return new Guest(id, kind.get(), name.get(), organisation.get(), role.get(), email.get(), phone.get(),
                reason.get(), rsvp, partySize(party.get()), dietary.get(), accessibility.get(), certificate.get(),
                vehicle.get() == null ? 0 : vehicle.get());
    }

    private static int partySize(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return 0; // not a number: the guest's rule refuses a party of 0 in words
        }
    }
}
