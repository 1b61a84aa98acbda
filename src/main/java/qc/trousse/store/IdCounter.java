package qc.trousse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * New ids handed out by the database from one counter per kind of row. The update takes the counter row's lock,
 * so two PCs never get the same id (a bare max(id) + 1 would hand it to both), and an id once given is never given
 * again. The counter also never falls behind the ids already in the table (rows written with ids of their own,
 * by an earlier version or by a test), so a new row never lands on an old one.
 */
final class IdCounter {
    /** The tables each counter numbers: planned and custom gestures share one run of ids. */
    private static final Map<String, String> IDS_OF = Map.of(
            "gesture", "(SELECT id FROM gesture_plan UNION ALL SELECT id FROM gesture_custom) AS ids",
            "recipient", "recipient", "cocktail_guest", "cocktail_guest",
            "cocktail_vehicle", "cocktail_vehicle", "post_draft", "post_draft");

    private IdCounter() {
    }

    /** Reserves one id. */
    static long next(Store store, String name) {
        return reserve(store, name, 1);
    }

    /** Reserves {@code count} consecutive ids and returns the first, in a transaction of its own. */
    static long reserve(Store store, String name, int count) {
        long[] first = {0};
        synchronized (store) {
            Connection c = store.connection();
            Transactions.run(c, () -> first[0] = reserve(c, name, count));
        }
        return first[0];
    }

    /** Within the caller's transaction: the ids are taken only if it commits. */
    static long reserve(Connection c, String name, int count) throws SQLException {
        String highest = "(SELECT coalesce(max(id), 0) FROM " + IDS_OF.get(name) + ")";
        try (PreparedStatement up = c.prepareStatement("UPDATE id_counter SET last_id = ? + CASE WHEN last_id > "
                + highest + " THEN last_id ELSE " + highest + " END WHERE name = ?")) {
            up.setInt(1, count);
            up.setString(2, name);
            if (up.executeUpdate() == 0) {
                throw new SQLException("no id counter " + name);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_id FROM id_counter WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }
}
