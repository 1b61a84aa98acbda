package qc.trousse.store;

import qc.trousse.gestures.ChecklistItem;
import qc.trousse.gestures.CustomGesture;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.GestureStore;
import qc.trousse.gestures.PlannedGesture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The week plan in the file: gestures, their checklists, and the office's own gestures. */
public final class GestureRepository implements GestureStore {
    private final Store file;

    public GestureRepository(Store file) {
        this.file = file;
    }

    @Override
    public List<PlannedGesture> loadPlan() {
        Connection c = file.connection();
        synchronized (file) {
            try (Statement s = c.createStatement()) {
                Map<Long, List<ChecklistItem>> items = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM gesture_item ORDER BY plan_id, position")) {
                    while (rs.next()) {
                        items.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>()).add(new ChecklistItem(
                                rs.getString("template_key"), rs.getString("text"), rs.getInt("offset_days"),
                                rs.getString("owner"), rs.getInt("done") != 0));
                    }
                }
                List<PlannedGesture> plan = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM gesture_plan ORDER BY id")) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        plan.add(new PlannedGesture(id, rs.getString("gesture"), LocalDate.parse(rs.getString("day")),
                                LocalTime.parse(rs.getString("start_time")), LocalTime.parse(rs.getString("end_time")),
                                rs.getString("place"), rs.getString("owner"), GestureState.valueOf(rs.getString("state")),
                                items.getOrDefault(id, List.of())));
                    }
                }
                return plan;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    @Override
    public List<CustomGesture> loadCustom() {
        synchronized (file) {
            try (Statement s = file.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM gesture_custom ORDER BY id")) {
                List<CustomGesture> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(new CustomGesture(rs.getLong("id"), rs.getString("title"), rs.getString("family"),
                            rs.getString("description")));
                }
                return all;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    @Override
    public void save(PlannedGesture g) {
        Connection c = file.connection();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO gesture_plan(id, gesture, day, start_time, end_time, place, owner, state)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET gesture = excluded.gesture,
                          day = excluded.day, start_time = excluded.start_time, end_time = excluded.end_time,
                          place = excluded.place, owner = excluded.owner, state = excluded.state,
                          version = gesture_plan.version + 1""")) {
                    ps.setLong(1, g.id());
                    ps.setString(2, g.gestureKey());
                    ps.setString(3, g.day().toString());
                    ps.setString(4, g.start().toString());
                    ps.setString(5, g.end().toString());
                    ps.setString(6, g.place());
                    ps.setString(7, g.owner());
                    ps.setString(8, g.state().name());
                    ps.executeUpdate();
                }
                writeItems(c, g);
            });
        }
    }

    @Override
    public void delete(long gestureId) {
        update("DELETE FROM gesture_plan WHERE id = ?", gestureId);
    }

    @Override
    public void saveCustom(CustomGesture custom) {
        synchronized (file) {
            try (PreparedStatement ps = file.connection().prepareStatement(
                    "INSERT INTO gesture_custom(id, title, family, description) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT(id) DO UPDATE SET title = excluded.title, family = excluded.family,"
                            + " description = excluded.description, version = gesture_custom.version + 1")) {
                ps.setLong(1, custom.id());
                ps.setString(2, custom.title());
                ps.setString(3, custom.familyId());
                ps.setString(4, custom.description());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    @Override
    public void deleteCustom(long customId) {
        update("DELETE FROM gesture_custom WHERE id = ?", customId);
    }

    /** Planned and custom gestures share one run of ids. */
    @Override
    public long nextId() {
        return IdCounter.next(file, "gesture");
    }

    private static void writeItems(Connection c, PlannedGesture g) throws SQLException {
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

    private void update(String sql, long id) {
        synchronized (file) {
            try (PreparedStatement ps = file.connection().prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }
}
