package qc.trousse.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Small values that belong to the file rather than to the user (a simulated "today", say). */
public final class SettingRepository {
    private final Store file;

    public SettingRepository(Store file) {
        this.file = file;
    }

    public Optional<String> get(String key) {
        synchronized (file) {
            try (PreparedStatement ps = file.connection().prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Stores the value, or removes the key when the value is null. */
    public void put(String key, String value) {
        synchronized (file) {
            String sql = value == null ? "DELETE FROM setting WHERE key = ?"
                    : "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
            try (PreparedStatement ps = file.connection().prepareStatement(sql)) {
                ps.setString(1, key);
                if (value != null) {
                    ps.setString(2, value);
                }
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }
}
