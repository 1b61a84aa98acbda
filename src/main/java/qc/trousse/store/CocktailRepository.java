package qc.trousse.store;

import qc.trousse.cocktail.CocktailEvent;
import qc.trousse.cocktail.CocktailStore;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.Vehicle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The cocktail's tables: the event (one row), its guests ({@link GuestRows}) and vehicles ({@link VehicleRows}). Lists of names are one
 * per line. Every write names the version of the row it was based on, so nobody's change is overwritten.
 */
public final class CocktailRepository implements CocktailStore {
    private final Store file;
    private final GuestRows guests = new GuestRows();
    private final VehicleRows vehicles = new VehicleRows();
    /** The event's row, as last read; its date is not stored (the edition gives it), so a conflict keeps it. */
    private LocalDate eventDate = LocalDate.EPOCH;
    private final RowVersions eventVersion = new RowVersions("cocktail_event", (c, rs) -> event(rs, eventDate));

    private final KeptRows<Guest> keptGuests;

    public CocktailRepository(Store file) {
        this.file = file;
        this.keptGuests = new KeptRows<>(file, "cocktail_guest", guests.versions(), Guest::id, GuestRows::values);
    }

    @Override
    public Optional<CocktailEvent> loadEvent(LocalDate date) {
        synchronized (file) {
            eventDate = date;
            try (Statement s = file.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM cocktail_event WHERE id = 1")) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                eventVersion.saw(1L, rs.getLong("version"));
                return Optional.of(event(rs, date));
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private static CocktailEvent event(ResultSet rs, LocalDate date) throws SQLException {
        int travel = rs.getInt("travel_minutes");
        Duration travelTime = rs.wasNull() ? null : Duration.ofMinutes(travel);
        return new CocktailEvent(date, LocalTime.parse(rs.getString("start_time")),
                LocalTime.parse(rs.getString("end_time")), rs.getString("room"), rs.getString("entrance"),
                rs.getString("bring"), lines(rs.getString("staff")), rs.getString("departure_place"),
                travelTime, Duration.ofMinutes(rs.getInt("margin_minutes")));
    }

    @Override
    public void saveEvent(CocktailEvent e) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO cocktail_event(id, start_time, end_time, room, entrance, bring, staff,
                          departure_place, travel_minutes, margin_minutes) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(id) DO UPDATE SET start_time = excluded.start_time, end_time = excluded.end_time,
                          room = excluded.room, entrance = excluded.entrance, bring = excluded.bring,
                          staff = excluded.staff, departure_place = excluded.departure_place,
                          travel_minutes = excluded.travel_minutes, margin_minutes = excluded.margin_minutes,
                          version = cocktail_event.version + 1""" + eventVersion.guard())) {
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
                    ps.setLong(10, eventVersion.basis(1L));
                    eventVersion.wrote(c, 1L, ps.executeUpdate(), written);
                }
            });
            eventVersion.record(written);
        }
    }

    /** On the office's server, the user's changes kept while it is away (ADR 0020) are shown over its rows. */
    @Override
    public List<Guest> guests() {
        return keptGuests.read(() -> {
            synchronized (file) {
                try {
                    return guests.all(file.connection());
                } catch (SQLException e) {
                    throw new StoreException(e);
                }
            }
        });
    }

    /** Writes the guests in one transaction; one changed or deleted meanwhile fails it whole (EditConflict). */
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
        RowVersions.Written written = new RowVersions.Written();
        try {
            Connection c = file.connection();
            synchronized (file) {
                WriteProgress.run(() -> Transactions.run(c, () -> {
                    guests.write(c, put, delete, written, rows::before);
                    rows.allWritten();
                }));
                guests.record(written);
            }
        } catch (StoreException e) {
            // While the office's server is away, changes and deletions are kept and sent on its return (0020).
            if (!keptGuests.keptWrite(e, put, delete)) {
                throw e;
            }
        }
    }

    @Override
    public long nextGuestId() {
        return nextId("cocktail_guest");
    }

    @Override
    public List<Vehicle> vehicles() {
        synchronized (file) {
            try {
                return vehicles.all(file.connection());
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    @Override
    public void writeVehicles(List<Vehicle> put, List<Long> delete) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Transactions.run(c, () -> vehicles.write(c, put, delete, written));
            vehicles.record(written);
        }
    }

    @Override
    public long nextVehicleId() {
        return nextId("cocktail_vehicle");
    }

    private long nextId(String table) {
        return IdCounter.next(file, table);
    }

    static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
