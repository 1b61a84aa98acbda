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
    private final RowVersions version = new RowVersions("edition",
            (c, rs) -> new Stored(rs.getInt("year"), rs.getString("campaign")));

    public EditionRepository(Store file) {
        this.file = file;
    }

    public Stored read() {
        synchronized (file) {
            try (PreparedStatement ps = file.connection().prepareStatement(
                    "SELECT year, campaign, version FROM edition WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(new SQLException("edition row missing"));
                }
                version.saw(1L, rs.getLong(3));
                return new Stored(rs.getInt(1), rs.getString(2));
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Writes the edition over the one read; a colleague's change meanwhile fails it (EditConflict). */
    public void write(Stored edition) {
        java.sql.Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            if (version.basis(1L) == 0) {
                read();
            }
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE edition SET year = ?, campaign = ?, version = version + 1 WHERE id = 1 AND version = ?")) {
                    ps.setInt(1, edition.year());
                    ps.setString(2, edition.campaign());
                    ps.setLong(3, version.basis(1L));
                    version.wrote(c, 1L, ps.executeUpdate(), written);
                }
            });
            version.record(written);
        }
    }
}
