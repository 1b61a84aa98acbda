package qc.trousse.store;

import qc.trousse.posts.Draft;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostState;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The social-post drafts as rows of {@code post_draft}: read, bound for the upsert, or given as columns. */
final class DraftRows {
    /** The upsert; its guard on the version read follows ({@link RowVersions#guard}). */
    static final String UPSERT = """
            INSERT INTO post_draft(id, network, template_id, gesture_id, french, english,
              bilingual, day, time, state, approved_by, approved_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET network = excluded.network, template_id = excluded.template_id,
              gesture_id = excluded.gesture_id, french = excluded.french, english = excluded.english,
              bilingual = excluded.bilingual, day = excluded.day, time = excluded.time,
              state = excluded.state, approved_by = excluded.approved_by,
              approved_at = excluded.approved_at, version = post_draft.version + 1""";

    private DraftRows() {
    }

    static Draft read(ResultSet rs) throws SQLException {
        String at = rs.getString("approved_at");
        return new Draft(rs.getLong("id"), Network.valueOf(rs.getString("network")),
                rs.getString("template_id"), rs.getString("gesture_id"), rs.getString("french"),
                rs.getString("english"), rs.getInt("bilingual") != 0, LocalDate.parse(rs.getString("day")),
                LocalTime.parse(rs.getString("time")), PostState.valueOf(rs.getString("state")),
                rs.getString("approved_by"), at == null ? null : LocalDateTime.parse(at));
    }

    /** Binds the id and the columns (1 to 12); the version read is the caller's (13). */
    static void bind(PreparedStatement ps, Draft d) throws SQLException {
        ps.setLong(1, d.id());
        int i = 2;
        for (Object v : values(d).values()) {
            if (v instanceof Long n) {
                ps.setLong(i++, n);
            } else {
                ps.setString(i++, (String) v);
            }
        }
    }

    /** The columns as the upsert sets them, for a change kept while the server is away (ADR 0020). */
    static Map<String, Object> values(Draft d) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("network", d.network().name());
        values.put("template_id", d.templateId());
        values.put("gesture_id", d.gestureId());
        values.put("french", d.french());
        values.put("english", d.english());
        values.put("bilingual", d.bilingual() ? 1L : 0L);
        values.put("day", d.day().toString());
        values.put("time", d.time().toString());
        values.put("state", d.state().name());
        values.put("approved_by", d.approvedBy());
        values.put("approved_at", d.approvedAt() == null ? null : d.approvedAt().toString());
        return values;
    }
}
