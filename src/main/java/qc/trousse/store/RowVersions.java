package qc.trousse.store;

import qc.trousse.edit.EditConflict;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The version of each row of one table as this store last read or wrote it (optimistic locking, as JabRef's
 * shared database does). A write names that version; if the row is at another one, someone else changed it
 * meanwhile, nothing is written and the write fails with an {@link EditConflict}.
 */
final class RowVersions {
    private final String table;
    private final Map<Long, Long> seen = new HashMap<>();

    RowVersions(String table) {
        this.table = table;
    }

    synchronized void saw(long id, long version) {
        seen.put(id, version);
    }

    synchronized void forget(long id) {
        seen.remove(id);
    }

    /** The version this store based its edit on; a row never read is taken as new (version 1). */
    synchronized long basis(long id) {
        return seen.getOrDefault(id, 1L);
    }

    /**
     * Checks the outcome of {@code UPDATE … SET version = version + 1 WHERE id = ? AND version = ?} or of
     * {@code DELETE … WHERE id = ? AND version = ?}: no row written means someone else changed or deleted it
     * meanwhile. The caller records the new version ({@link #saw}, {@link #forget}) once its transaction commits.
     */
    void check(Connection c, long id, int written) throws SQLException {
        if (written != 1) {
            throw conflict(c, id);
        }
    }

    /** The row's version now, within the caller's transaction; 0 when it is gone. */
    long current(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private EditConflict conflict(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return new EditConflict(table, id, !rs.next());
            }
        }
    }
}
