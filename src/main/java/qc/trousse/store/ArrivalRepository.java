package qc.trousse.store;

import qc.trousse.cocktail.Arrival;
import qc.trousse.cocktail.ArrivalStore;
import qc.trousse.cocktail.RsvpState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The door's check-ins in the file, one row per guest seen. */
public final class ArrivalRepository implements ArrivalStore {
    private final Store file;
    private final RowVersions versions = new RowVersions("cocktail_arrival", "guest_id", (c, rs) -> arrival(rs));

    public ArrivalRepository(Store file) {
        this.file = file;
    }

    @Override
    public List<Arrival> arrivals() {
        synchronized (file) {
            List<Arrival> arrivals = new ArrayList<>();
            try (Statement s = file.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM cocktail_arrival ORDER BY arrived_at, guest_id")) {
                while (rs.next()) {
                    versions.saw(rs.getLong("guest_id"), rs.getLong("version"));
                    arrivals.add(arrival(rs));
                }
                return arrivals;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    @Override
    public void writeArrivals(List<Arrival> put, List<Long> delete) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement del = c.prepareStatement(
                        "DELETE FROM cocktail_arrival WHERE guest_id = ? AND version = ?")) {
                    for (long id : delete) {
                        del.setLong(1, id);
                        del.setLong(2, versions.basis(id));
                        versions.deleted(c, id, del.executeUpdate(), written);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO cocktail_arrival(guest_id, arrived_at, walk_in, answer_before) VALUES (?, ?, ?, ?)
                        ON CONFLICT(guest_id) DO UPDATE SET arrived_at = excluded.arrived_at,
                          walk_in = excluded.walk_in, answer_before = excluded.answer_before,
                          version = cocktail_arrival.version + 1""" + versions.guard())) {
                    for (Arrival a : put) {
                        ps.setLong(1, a.guestId());
                        ps.setString(2, a.at().toString());
                        ps.setInt(3, a.walkIn() ? 1 : 0);
                        ps.setString(4, a.answerBefore().name());
                        ps.setLong(5, versions.basis(a.guestId()));
                        versions.wrote(c, a.guestId(), ps.executeUpdate(), written);
                    }
                }
            });
            versions.record(written);
        }
    }

    private static Arrival arrival(ResultSet rs) throws SQLException {
        return new Arrival(rs.getLong("guest_id"), Instant.parse(rs.getString("arrived_at")),
                rs.getInt("walk_in") == 1, RsvpState.valueOf(rs.getString("answer_before")));
    }
}
