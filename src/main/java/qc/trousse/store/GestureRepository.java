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
    private final RowVersions planVersions = new RowVersions("gesture_plan", GestureRows::planned);
    private final RowVersions customVersions = new RowVersions("gesture_custom", (c, rs) -> GestureRows.custom(rs));

    /** A change of a gesture's checklist is not kept while away: the journal writes the gesture's row alone. */
    private final KeptRows<PlannedGesture> kept;

    public GestureRepository(Store file) {
        this.file = file;
        this.kept = new KeptRows<>(file, "gesture_plan", planVersions, PlannedGesture::id, GestureRows::values,
                (was, now) -> was.checklist().equals(now.checklist()));
    }

    /** On the office's server, the user's changes kept while it is away (ADR 0020) are shown over its rows. */
    @Override
    public List<PlannedGesture> loadPlan() {
        return kept.read(this::readPlan);
    }

    private List<PlannedGesture> readPlan() {
        Connection c = file.connection();
        synchronized (file) {
            try (Statement s = c.createStatement()) {
                Map<Long, List<ChecklistItem>> items = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM gesture_item ORDER BY plan_id, position")) {
                    while (rs.next()) {
                        items.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>()).add(GestureRows.item(rs));
                    }
                }
                List<PlannedGesture> plan = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM gesture_plan ORDER BY id")) {
                    while (rs.next()) {
                        planVersions.saw(rs.getLong("id"), rs.getLong("version"));
                        plan.add(GestureRows.planned(rs, items.getOrDefault(rs.getLong("id"), List.of())));
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
                    customVersions.saw(rs.getLong("id"), rs.getLong("version"));
                    all.add(GestureRows.custom(rs));
                }
                return all;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** While the office's server is away, a change of the gesture's own columns is kept (ADR 0020). */
    @Override
    public void save(PlannedGesture g) {
        try {
            write(g);
            kept.written(g.id(), g);
        } catch (StoreException e) {
            if (!kept.keptChange(e, g)) {
                throw e;
            }
        }
    }

    private void write(PlannedGesture g) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO gesture_plan(id, gesture, day, start_time, end_time, place, owner, state)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET gesture = excluded.gesture,
                          day = excluded.day, start_time = excluded.start_time, end_time = excluded.end_time,
                          place = excluded.place, owner = excluded.owner, state = excluded.state,
                          version = gesture_plan.version + 1""" + planVersions.guard())) {
                    ps.setLong(1, g.id());
                    ps.setString(2, g.gestureKey());
                    ps.setString(3, g.day().toString());
                    ps.setString(4, g.start().toString());
                    ps.setString(5, g.end().toString());
                    ps.setString(6, g.place());
                    ps.setString(7, g.owner());
                    ps.setString(8, g.state().name());
                    ps.setLong(9, planVersions.basis(g.id()));
                    planVersions.wrote(c, g.id(), ps.executeUpdate(), written);
                }
                GestureRows.writeItems(c, g);
            });
            planVersions.record(written);
        }
    }

    @Override
    public void delete(long gestureId) {
        try {
            delete(planVersions, "gesture_plan", gestureId);
            kept.written(gestureId, null);
        } catch (StoreException e) {
            if (!kept.keptDeletion(e, List.of(gestureId))) {
                throw e;
            }
        }
    }

    @Override
    public void saveCustom(CustomGesture custom) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO gesture_custom(id, title, family, description) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT(id) DO UPDATE SET title = excluded.title, family = excluded.family,"
                                + " description = excluded.description, version = gesture_custom.version + 1"
                                + customVersions.guard())) {
                    ps.setLong(1, custom.id());
                    ps.setString(2, custom.title());
                    ps.setString(3, custom.familyId());
                    ps.setString(4, custom.description());
                    ps.setLong(5, customVersions.basis(custom.id()));
                    customVersions.wrote(c, custom.id(), ps.executeUpdate(), written);
                }
            });
            customVersions.record(written);
        }
    }

    @Override
    public void deleteCustom(long customId) {
        delete(customVersions, "gesture_custom", customId);
    }

    /** Planned and custom gestures share one run of ids. */
    @Override
    public long nextId() {
        return IdCounter.next(file, "gesture");
    }

    private void delete(RowVersions versions, String table, long id) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ? AND version = ?")) {
                    ps.setLong(1, id);
                    ps.setLong(2, versions.basis(id));
                    versions.deleted(c, id, ps.executeUpdate(), written);
                }
            });
            versions.record(written);
        }
    }
}
