package qc.trousse.cocktail;

/**
 * Someone from the riding invited to the cocktail. The party size counts the guest and whoever comes with
 * them; {@code vehicleId} is 0 when no seat is assigned. {@code certificate} marks a guest who receives a
 * certificate of recognition at the event.
 */
public record Guest(
        long id,
        GuestKind kind,
        String name,
        String organisation,
        String role,
        String email,
        String phone,
        String reason,
        RsvpState rsvp,
        int partySize,
        String dietary,
        String accessibility,
        boolean certificate,
        long vehicleId) {

    public Guest {
        name = clean(name);
        organisation = clean(organisation);
        role = clean(role);
        email = clean(email);
        phone = clean(phone);
        reason = clean(reason);
        dietary = clean(dietary);
        accessibility = clean(accessibility);
    }

    /** A new person with only a name, invited, coming alone. */
    public static Guest named(String name) {
        return new Guest(0, GuestKind.PERSON, name, "", "", "", "", "", RsvpState.INVITED, 1, "", "", false, 0);
    }

    public Guest withId(long v) {
        return new Guest(v, kind, name, organisation, role, email, phone, reason, rsvp, partySize, dietary,
                accessibility, certificate, vehicleId);
    }

    public Guest withKind(GuestKind v) {
        return new Guest(id, v, name, organisation, role, email, phone, reason, rsvp, partySize, dietary,
                accessibility, certificate, vehicleId);
    }

    public Guest withName(String v) {
        return new Guest(id, kind, v, organisation, role, email, phone, reason, rsvp, partySize, dietary,
                accessibility, certificate, vehicleId);
    }

    /** The role, e-mail, phone and reason, as the form's last column and the door list group them. */
    public Guest withContact(String newRole, String newEmail, String newPhone, String newReason) {
        return new Guest(id, kind, name, organisation, newRole, newEmail, newPhone, newReason, rsvp, partySize,
                dietary, accessibility, certificate, vehicleId);
    }

    public Guest withOrganisation(String v) {
        return new Guest(id, kind, name, v, role, email, phone, reason, rsvp, partySize, dietary,
                accessibility, certificate, vehicleId);
    }

    public Guest withRsvp(RsvpState v) {
        return new Guest(id, kind, name, organisation, role, email, phone, reason, v, partySize, dietary,
                accessibility, certificate, vehicleId);
    }

    public Guest withPartySize(int v) {
        return new Guest(id, kind, name, organisation, role, email, phone, reason, rsvp, v, dietary,
                accessibility, certificate, vehicleId);
    }

    public Guest withNotes(String newDietary, String newAccessibility) {
        return new Guest(id, kind, name, organisation, role, email, phone, reason, rsvp, partySize, newDietary,
                newAccessibility, certificate, vehicleId);
    }

    public Guest withCertificate(boolean v) {
        return new Guest(id, kind, name, organisation, role, email, phone, reason, rsvp, partySize, dietary,
                accessibility, v, vehicleId);
    }

    public Guest withVehicle(long v) {
        return new Guest(id, kind, name, organisation, role, email, phone, reason, rsvp, partySize, dietary,
                accessibility, certificate, v);
    }

    /** Dietary and accessibility notes in one line, for the door list. */
    public String notes() {
        if (dietary.isEmpty()) {
            return accessibility;
        }
        return accessibility.isEmpty() ? dietary : dietary + " · " + accessibility;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
