package qc.trousse.store;

import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.RsvpState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The cocktail's guests as rows of {@code cocktail_guest}, each write checked against the version read. */
final class GuestRows {
    private final RowVersions versions = new RowVersions("cocktail_guest", (c, rs) -> read(rs));

    List<Guest> all(Connection c) throws SQLException {
        List<Guest> guests = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM cocktail_guest ORDER BY id")) {
            while (rs.next()) {
                versions.saw(rs.getLong("id"), rs.getLong("version"));
                guests.add(read(rs));
            }
        }
        return guests;
    }

    /**
     * Writes the guests within the caller's transaction. A change or deletion names the version read, so a guest
     * someone else changed or deleted meanwhile is not overwritten: the whole write fails with an EditConflict.
     */
    void write(Connection c, List<Guest> put, List<Long> delete, RowVersions.Written written,
               java.util.function.IntConsumer beforeEach) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM cocktail_guest WHERE id = ? AND version = ?")) {
            for (long id : delete) {
                del.setLong(1, id);
                del.setLong(2, versions.basis(id));
                versions.deleted(c, id, del.executeUpdate(), written);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO cocktail_guest(id, kind, name, organisation, role, email, phone, reason,
                  rsvp, party_size, dietary, accessibility, certificate, vehicle_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                  organisation = excluded.organisation, role = excluded.role, email = excluded.email,
                  phone = excluded.phone, reason = excluded.reason, rsvp = excluded.rsvp,
                  party_size = excluded.party_size, dietary = excluded.dietary,
                  accessibility = excluded.accessibility, certificate = excluded.certificate,
                  vehicle_id = excluded.vehicle_id, version = cocktail_guest.version + 1""" + versions.guard())) {
            for (int i = 0; i < put.size(); i++) {
                Guest g = put.get(i);
                beforeEach.accept(i);
                bind(ps, g);
                ps.setLong(15, versions.basis(g.id()));
                versions.wrote(c, g.id(), ps.executeUpdate(), written);
            }
        }
    }

    void record(RowVersions.Written written) {
        versions.record(written);
    }

    RowVersions versions() {
        return versions;
    }

    /** The columns as {@link #write} sets them, for a change kept while the server is away (ADR 0020). */
    static java.util.Map<String, Object> values(Guest g) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("kind", g.kind().name());
        values.put("name", g.name());
        values.put("organisation", g.organisation());
        values.put("role", g.role());
        values.put("email", g.email());
        values.put("phone", g.phone());
        values.put("reason", g.reason());
        values.put("rsvp", g.rsvp().name());
        values.put("party_size", (long) g.partySize());
        values.put("dietary", g.dietary());
        values.put("accessibility", g.accessibility());
        values.put("certificate", g.certificate() ? 1L : 0L);
        values.put("vehicle_id", g.vehicleId());
        return values;
    }

    private static Guest read(ResultSet rs) throws SQLException {
        return new Guest(rs.getLong("id"), GuestKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("organisation"), rs.getString("role"),
                rs.getString("email"), rs.getString("phone"), rs.getString("reason"),
                RsvpState.valueOf(rs.getString("rsvp")), rs.getInt("party_size"),
                rs.getString("dietary"), rs.getString("accessibility"), rs.getInt("certificate") == 1,
                rs.getLong("vehicle_id"));
    }

    private static void bind(PreparedStatement ps, Guest g) throws SQLException {
        ps.setLong(1, g.id());
        ps.setString(2, g.kind().name());
        String[] texts = {g.name(), g.organisation(), g.role(), g.email(), g.phone(), g.reason()};
        for (int i = 0; i < texts.length; i++) {
            ps.setString(3 + i, texts[i]);
        }
        ps.setString(9, g.rsvp().name());
        ps.setInt(10, g.partySize());
        ps.setString(11, g.dietary());
        ps.setString(12, g.accessibility());
        ps.setInt(13, g.certificate() ? 1 : 0);
        ps.setLong(14, g.vehicleId());
    }
}
