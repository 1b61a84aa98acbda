package qc.trousse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Small values that belong to the file rather than to the user (a simulated "today", the networks used). Office
 * data like the rest: a value written names the version read, so a colleague's change is not overwritten.
 */
public final class SettingRepository {
    private final Store file;
    private final RowVersions versions = new RowVersions("setting", "key", (c, rs) -> rs.getString("value"));

    public SettingRepository(Store file) {
        this.file = file;
    }

    public Optional<String> get(String key) {
        synchronized (file) {
            try (PreparedStatement ps = file.connection().prepareStatement(
                    "SELECT value, version FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        versions.forget(key);
                        return Optional.empty();
                    }
                    versions.saw(key, rs.getLong(2));
                    return Optional.of(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Stores the value, or removes the key when the value is null. */
    public void put(String key, String value) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            String sql = value == null ? "DELETE FROM setting WHERE key = ? AND version = ?"
                    : "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
                    + " version = setting.version + 1" + versions.guard();
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, key);
                    if (value != null) {
                        ps.setString(2, value);
                    }
                    ps.setLong(value == null ? 2 : 3, versions.basis(key));
                    if (value == null) {
                        versions.deleted(c, key, ps.executeUpdate(), written);
                    } else {
                        versions.wrote(c, key, ps.executeUpdate(), written);
                    }
                }
            });
            versions.record(written);
        }
    }
}
