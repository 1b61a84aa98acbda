package qc.trousse.store;

import qc.trousse.gestures.ChecklistItem;
import qc.trousse.gestures.CustomGesture;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The week plan's rows read as the domain's gestures, the same way for a list and for a conflict. */
final class GestureRows {
    private GestureRows() {
    }

    static CustomGesture custom(ResultSet rs) throws SQLException {
        return new CustomGesture(rs.getLong("id"), rs.getString("title"), rs.getString("family"),
                rs.getString("description"));
    }

    /** A gesture as a colleague left it, with its checklist, for a conflict. */
    static PlannedGesture planned(Connection c, ResultSet rs) throws SQLException {
        List<ChecklistItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM gesture_item WHERE plan_id = ? ORDER BY position")) {
            ps.setLong(1, rs.getLong("id"));
            try (ResultSet it = ps.executeQuery()) {
                while (it.next()) {
                    items.add(item(it));
                }
            }
        }
        return planned(rs, items);
    }

    static PlannedGesture planned(ResultSet rs, List<ChecklistItem> items) throws SQLException {
        return new PlannedGesture(rs.getLong("id"), rs.getString("gesture"), LocalDate.parse(rs.getString("day")),
                LocalTime.parse(rs.getString("start_time")), LocalTime.parse(rs.getString("end_time")),
                rs.getString("place"), rs.getString("owner"), GestureState.valueOf(rs.getString("state")), items);
    }

    static ChecklistItem item(ResultSet rs) throws SQLException {
        return new ChecklistItem(rs.getString("template_key"), rs.getString("text"), rs.getInt("offset_days"),
                rs.getString("owner"), rs.getInt("done") != 0);
    }

    /** Rewrites the gesture's checklist in the caller's transaction (no version of its own: the gesture's). */
    static void writeItems(Connection c, PlannedGesture g) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM gesture_item WHERE plan_id = ?")) {
            del.setLong(1, g.id());
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO gesture_item(plan_id, position, template_key, text, offset_days, owner, done)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < g.checklist().size(); i++) {
                ChecklistItem item = g.checklist().get(i);
                ps.setLong(1, g.id());
                ps.setInt(2, i);
                ps.setString(3, item.templateKey());
                ps.setString(4, item.text());
                ps.setInt(5, item.offsetDays());
                ps.setString(6, item.owner());
                ps.setInt(7, item.done() ? 1 : 0);
                ps.executeUpdate();
            }
        }
    }

    /** The gesture's own columns as the upsert sets them (not its checklist), for a change kept (ADR 0020). */
    static java.util.Map<String, Object> values(PlannedGesture g) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("gesture", g.gestureKey());
        values.put("day", g.day().toString());
        values.put("start_time", g.start().toString());
        values.put("end_time", g.end().toString());
        values.put("place", g.place());
        values.put("owner", g.owner());
        values.put("state", g.state().name());
        return values;
    }
}
