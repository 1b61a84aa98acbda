package qc.trousse.store;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** One recipient as a row of the {@code recipient} table, read and written the same way by every statement. */
final class RecipientRows {
    static final String COLUMNS = "kind, name, reason, presented_on, gesture, state, printed_at";

    private RecipientRows() {
    }

    static Recipient read(ResultSet rs) throws SQLException {
        String printed = rs.getString("printed_at");
        return new Recipient(rs.getLong("id"), RecipientKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("reason"), LocalDate.parse(rs.getString("presented_on")),
                rs.getString("gesture"), RecipientState.valueOf(rs.getString("state")),
                printed == null ? null : Instant.parse(printed));
    }

    /** The columns as {@link #bind} writes them, named: a change kept while the server is away (KeptEdit). */
    static java.util.Map<String, Object> values(Recipient r) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("kind", r.kind().name());
        values.put("name", r.name());
        values.put("reason", r.reason());
        values.put("presented_on", r.date().toString());
        values.put("gesture", r.gesture());
        values.put("state", r.state().name());
        values.put("printed_at", r.printedAt() == null ? null : r.printedAt().toString());
        return values;
    }

    static void bind(PreparedStatement ps, Recipient r, int first) throws SQLException {
        ps.setString(first, r.kind().name());
        ps.setString(first + 1, r.name());
        ps.setString(first + 2, r.reason());
        ps.setString(first + 3, r.date().toString());
        ps.setString(first + 4, r.gesture());
        ps.setString(first + 5, r.state().name());
        ps.setString(first + 6, r.printedAt() == null ? null : r.printedAt().toString());
    }
}
