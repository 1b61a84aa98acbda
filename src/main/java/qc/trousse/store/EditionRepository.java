package qc.trousse.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The file's edition: its year and, when the office changed or imported it, its own campaign file. */
public final class EditionRepository {
    /** What the file records. */
    public record Stored(int year, String campaign) {
    }

    private final Store file;

    public EditionRepository(Store file) {
        this.file = file;
    }

    public Stored read() {
        synchronized (file) {
            try (PreparedStatement ps = file.connection().prepareStatement(
                    "SELECT year, campaign FROM edition WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(new SQLException("edition row missing"));
                }
                return new Stored(rs.getInt(1), rs.getString(2));
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    public void write(Stored edition) {
        synchronized (file) {
            try (PreparedStatement ps = file.connection().prepareStatement(
                    "UPDATE edition SET year = ?, campaign = ? WHERE id = 1")) {
                ps.setInt(1, edition.year());
                ps.setString(2, edition.campaign());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }
}
