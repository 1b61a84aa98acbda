package qc.trousse.store;

import qc.trousse.edit.EditConflict;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The version of each row of one table as this repository last read or wrote it (optimistic locking, as JabRef's
 * shared database does): the one mechanism every table a user edits goes through. A write names that version;
 * if the row is at another one, someone else changed it meanwhile, nothing is written and the write fails with
 * an {@link EditConflict} that carries the row as it is now, read by the table's {@link RowReader}.
 *
 * <p>Keys are Longs for the rows with an id, Strings for the rows named by text (a setting, a template). A row
 * never read is expected absent (version 0): a row someone else created meanwhile is caught too.
 */
final class RowVersions {
    /** Reads the row the result set is on as the domain sees it (a Guest, a Draft, the whole profile…). */
    @FunctionalInterface
    interface RowReader {
        Object read(Connection c, ResultSet rs) throws SQLException;
    }

    /** What one transaction wrote: recorded once it commits ({@link #record}), forgotten if it rolls back. */
    static final class Written {
        private final Map<Object, Long> versions = new LinkedHashMap<>();
    }

    private final String table;
    private final String keyColumn;
    private final RowReader reader;
    private final Map<Object, Long> seen = new HashMap<>();

    RowVersions(String table, RowReader reader) {
        this(table, "id", reader);
    }

    RowVersions(String table, String keyColumn, RowReader reader) {
        this.table = table;
        this.keyColumn = keyColumn;
        this.reader = reader;
    }

    synchronized void saw(Object key, long version) {
        if (LiveReads.keepsBasis()) {
            seen.putIfAbsent(key, version);
        } else {
            seen.put(key, version);
        }
    }

    synchronized void forget(Object key) {
        seen.remove(key);
    }

    /** The version this store based its edit on; 0 for a row it never read (expected absent). */
    synchronized long basis(Object key) {
        return seen.getOrDefault(key, 0L);
    }

    /** The guard that ends {@code INSERT … ON CONFLICT(key) DO UPDATE SET …, version = T.version + 1}. */
    String guard() {
        return " WHERE " + table + ".version = ?";
    }

    /**
     * After a guarded upsert or an {@code UPDATE … WHERE key = ? AND version = ?}: one row, or a conflict. An upsert
     * that inserted (version 1) a row this store had read means a colleague deleted it meanwhile: a conflict too,
     * and the caller's transaction rolls the insert back.
     */
    void wrote(Connection c, Object key, int written, Written into) throws SQLException {
        if (written != 1) {
            throw conflict(c, key);
        }
        long now = current(c, key);
        if (now == 1 && basis(key) != 0) {
            throw new EditConflict(table, key, null, true, () -> forget(key), ChangeLog.lastEditor(c, table, key,
                    true));
        }
        into.versions.put(key, now);
    }

    /**
     * After {@code DELETE … WHERE key = ? AND version = ?}. A row already gone that this store never saw (or
     * saw gone) is what the delete wanted: no conflict. A row at another version is one.
     */
    void deleted(Connection c, Object key, int written, Written into) throws SQLException {
        if (written != 1 && (basis(key) != 0 || current(c, key) != 0)) {
            throw conflict(c, key);
        }
        into.versions.put(key, 0L);
    }

    /** Records what a committed transaction wrote: the rows' new versions, the deleted rows forgotten. */
    synchronized void record(Written written) {
        written.versions.forEach((key, version) -> {
            if (version == 0) {
                seen.remove(key);
            } else {
                seen.put(key, version);
            }
        });
    }

    /** A kept edit of the row was sent once the server was back (ADR 0020): the next write is based on it. */
    synchronized void sent(Object key, long version) {
        if (version == 0) {
            seen.remove(key);
        } else {
            seen.put(key, version);
        }
    }

    /** The row's version now, within the caller's transaction; 0 when it is gone. */
    long current(Connection c, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version FROM " + table + " WHERE " + keyColumn + " = ?")) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private EditConflict conflict(Connection c, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE " + keyColumn + " = ?")) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new EditConflict(table, key, null, true, () -> forget(key),
                            ChangeLog.lastEditor(c, table, key, true));
                }
                long theirVersion = rs.getLong("version");
                Object theirs = reader == null ? null : reader.read(c, rs);
                return new EditConflict(table, key, theirs, false, () -> saw(key, theirVersion),
                        ChangeLog.lastEditor(c, table, key, false));
            }
        }
    }
}
