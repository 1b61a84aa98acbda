package qc.trousse.store;

import qc.trousse.cocktail.CocktailEvent;
import qc.trousse.cocktail.CocktailStore;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cocktail's tables: the event (one row), its guests and vehicles. Lists of names are one per line. */
public final class CocktailRepository implements CocktailStore {
    private final Store file;
    private final RowVersions guestVersions = new RowVersions("cocktail_guest");

    public CocktailRepository(Store file) {
        this.file = file;
    }

    @Override
    public Optional<CocktailEvent> loadEvent(LocalDate date) {
        synchronized (file) {
            try (Statement s = file.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM cocktail_event WHERE id = 1")) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int travel = rs.getInt("travel_minutes");
                Duration travelTime = rs.wasNull() ? null : Duration.ofMinutes(travel);
                return Optional.of(new CocktailEvent(date, LocalTime.parse(rs.getString("start_time")),
                        LocalTime.parse(rs.getString("end_time")), rs.getString("room"), rs.getString("entrance"),
                        rs.getString("bring"), lines(rs.getString("staff")), rs.getString("departure_place"),
                        travelTime, Duration.ofMinutes(rs.getInt("margin_minutes"))));
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    @Override
    public void saveEvent(CocktailEvent e) {
        Connection c = file.connection();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO cocktail_event(id, start_time, end_time, room, entrance, bring, staff,
                          departure_place, travel_minutes, margin_minutes) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(id) DO UPDATE SET start_time = excluded.start_time, end_time = excluded.end_time,
                          room = excluded.room, entrance = excluded.entrance, bring = excluded.bring,
                          staff = excluded.staff, departure_place = excluded.departure_place,
                          travel_minutes = excluded.travel_minutes, margin_minutes = excluded.margin_minutes,
                          version = cocktail_event.version + 1""")) {
                    ps.setString(1, e.start().toString());
                    ps.setString(2, e.end().toString());
                    ps.setString(3, e.room());
                    ps.setString(4, e.entrance());
                    ps.setString(5, e.bring());
                    ps.setString(6, String.join("\n", e.attendingStaff()));
                    ps.setString(7, e.departurePlace());
                    if (e.travel() == null) {
                        ps.setNull(8, Types.INTEGER);
                    } else {
                        ps.setLong(8, e.travel().toMinutes());
                    }
                    ps.setLong(9, e.margin().toMinutes());
                    ps.executeUpdate();
                }
            });
        }
    }

    @Override
    public List<Guest> guests() {
        synchronized (file) {
            List<Guest> guests = new ArrayList<>();
            try (Statement s = file.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM cocktail_guest ORDER BY id")) {
                while (rs.next()) {
                    guestVersions.saw(rs.getLong("id"), rs.getLong("version"));
                    guests.add(new Guest(rs.getLong("id"), GuestKind.valueOf(rs.getString("kind")),
                            rs.getString("name"), rs.getString("organisation"), rs.getString("role"),
                            rs.getString("email"), rs.getString("phone"), rs.getString("reason"),
                            RsvpState.valueOf(rs.getString("rsvp")), rs.getInt("party_size"),
                            rs.getString("dietary"), rs.getString("accessibility"), rs.getInt("certificate") == 1,
                            rs.getLong("vehicle_id")));
                }
                return guests;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /**
     * Writes the guests in one transaction. A change or deletion names the version read, so a guest someone
     * else changed or deleted meanwhile is not overwritten: the whole write fails with an EditConflict.
     */
    @Override
    public void writeGuests(List<Guest> put, List<Long> delete) {
        try {
            writeGuests(put, delete, qc.trousse.work.Progress.NONE);
        } catch (qc.trousse.work.Progress.CancelledException e) {
            throw new IllegalStateException("Progress.NONE is never cancelled", e);
        }
    }

    /** The same with Cancel, rolled back whole (an import of guests). */
    @Override
    public void writeGuests(List<Guest> put, List<Long> delete, qc.trousse.work.Progress progress)
            throws qc.trousse.work.Progress.CancelledException {
        WriteProgress rows = new WriteProgress(progress, put.size());
        Connection c = file.connection();
        Map<Long, Long> written = new HashMap<>();
        synchronized (file) {
            WriteProgress.run(() -> Transactions.run(c, () -> {
                written.clear();
                try (PreparedStatement del = c.prepareStatement(
                        "DELETE FROM cocktail_guest WHERE id = ? AND version = ?")) {
                    for (long id : delete) {
                        del.setLong(1, id);
                        del.setLong(2, guestVersions.basis(id));
                        guestVersions.check(c, id, del.executeUpdate());
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
                          vehicle_id = excluded.vehicle_id, version = cocktail_guest.version + 1
                        WHERE cocktail_guest.version = ?""")) {
                    for (Guest g : put) {
                        rows.before(written.size());
                        bindGuest(ps, g);
                        ps.setLong(15, guestVersions.basis(g.id()));
                        guestVersions.check(c, g.id(), ps.executeUpdate());
                        written.put(g.id(), guestVersions.current(c, g.id()));
                    }
                }
                rows.allWritten();
            }));
            delete.forEach(guestVersions::forget);
            written.forEach(guestVersions::saw);
        }
    }

    private static void bindGuest(PreparedStatement ps, Guest g) throws SQLException {
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

    @Override
    public long nextGuestId() {
        return nextId("cocktail_guest");
    }

    @Override
    public List<Vehicle> vehicles() {
        synchronized (file) {
            List<Vehicle> vehicles = new ArrayList<>();
            try (Statement s = file.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM cocktail_vehicle ORDER BY id")) {
                while (rs.next()) {
                    vehicles.add(new Vehicle(rs.getLong("id"), rs.getString("name"),
                            VehicleKind.valueOf(rs.getString("kind")), rs.getInt("seats"), lines(rs.getString("staff"))));
                }
                return vehicles;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    @Override
    public void writeVehicles(List<Vehicle> put, List<Long> delete) {
        Connection c = file.connection();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM cocktail_vehicle WHERE id = ?")) {
                    for (long id : delete) {
                        del.setLong(1, id);
                        del.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO cocktail_vehicle(id, name, kind, seats, staff) VALUES (?, ?, ?, ?, ?)"
                                + " ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                                + " seats = excluded.seats, staff = excluded.staff,"
                                + " version = cocktail_vehicle.version + 1")) {
                    for (Vehicle v : put) {
                        ps.setLong(1, v.id());
                        ps.setString(2, v.name());
                        ps.setString(3, v.kind().name());
                        ps.setInt(4, v.seats());
                        ps.setString(5, String.join("\n", v.staff()));
                        ps.executeUpdate();
                    }
                }
            });
        }
    }

    @Override
    public long nextVehicleId() {
        return nextId("cocktail_vehicle");
    }

    private long nextId(String table) {
        return IdCounter.next(file, table);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
