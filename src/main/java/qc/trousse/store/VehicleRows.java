package qc.trousse.store;

import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The cocktail's vehicles as rows of {@code cocktail_vehicle}, each write checked against the version read. */
final class VehicleRows {
    private final RowVersions versions = new RowVersions("cocktail_vehicle", (c, rs) -> read(rs));

    List<Vehicle> all(Connection c) throws SQLException {
        List<Vehicle> vehicles = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM cocktail_vehicle ORDER BY id")) {
            while (rs.next()) {
                versions.saw(rs.getLong("id"), rs.getLong("version"));
                vehicles.add(read(rs));
            }
        }
        return vehicles;
    }

    /**
     * Writes the vehicles within the caller's transaction; one someone else changed or deleted meanwhile fails the
     * whole write with an EditConflict.
     */
    void write(Connection c, List<Vehicle> put, List<Long> delete, RowVersions.Written written) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM cocktail_vehicle WHERE id = ? AND version = ?")) {
            for (long id : delete) {
                del.setLong(1, id);
                del.setLong(2, versions.basis(id));
                versions.deleted(c, id, del.executeUpdate(), written);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO cocktail_vehicle(id, name, kind, seats, staff) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                        + " seats = excluded.seats, staff = excluded.staff,"
                        + " version = cocktail_vehicle.version + 1" + versions.guard())) {
            for (Vehicle v : put) {
                ps.setLong(1, v.id());
                ps.setString(2, v.name());
                ps.setString(3, v.kind().name());
                ps.setInt(4, v.seats());
                ps.setString(5, String.join("\n", v.staff()));
                ps.setLong(6, versions.basis(v.id()));
                versions.wrote(c, v.id(), ps.executeUpdate(), written);
            }
        }
    }

    /** Keeps the versions of a committed write. */
    void record(RowVersions.Written written) {
        versions.record(written);
    }

    private static Vehicle read(ResultSet rs) throws SQLException {
        return new Vehicle(rs.getLong("id"), rs.getString("name"), VehicleKind.valueOf(rs.getString("kind")),
                rs.getInt("seats"), CocktailRepository.lines(rs.getString("staff")));
    }
}
