package qc.trousse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Who changed what on the office's database, and when. The server writes it itself: a trigger on every table of
 * the staff's work adds one line per row written, with the member signed in on that connection
 * ({@link ServerStore#signAs}, else the database user). The trigger runs with the owner's rights and the staff's
 * role may only read the log, so no one rewrites it from the app. A data file keeps it empty (one writer at a
 * time, nobody to tell apart) except for what a copy pulled from the server brought along.
 */
public final class ChangeLog {
    /** Bookkeeping, not the staff's work: an id handed out, a calendar sequence bumped, a kept edit sent. */
    static final List<String> UNLOGGED = List.of("trousse_schema", "change_log", "id_counter", "calendar_revision",
            "applied_edit");
    private final Store store;

    /** One row written: its table and id, who, when, what ({@code INSERT}, {@code DELETE}, or the fields updated). */
    public record Entry(String table, String rowId, String member, Instant at, String action, String what) {
    }

    /** How many rows one member changed, and when last. */
    public record Tally(String member, int changes, Instant last) {
    }

    public ChangeLog(Store store) {
        this.store = store;
    }

    /** The history of one item, newest first. */
    public List<Entry> of(String table, long id) {
        return read("SELECT * FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY id DESC",
                table, String.valueOf(id));
    }

    /** The last changes made, newest first. */
    public List<Entry> latest(int count) {
        return read("SELECT * FROM change_log ORDER BY id DESC LIMIT " + Math.max(0, count));
    }

    /** Who did how much, the busiest first. */
    public List<Tally> byMember() {
        List<Tally> tallies = new ArrayList<>();
        synchronized (store) {
            try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT member, count(*), max(at) FROM change_log GROUP BY member ORDER BY count(*) DESC, member")) {
                while (rs.next()) {
                    tallies.add(new Tally(rs.getString(1), rs.getInt(2), Instant.parse(rs.getString(3))));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
        return tallies;
    }

    private List<Entry> read(String sql, String... values) {
        List<Entry> entries = new ArrayList<>();
        synchronized (store) {
            try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setString(i + 1, values[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new Entry(rs.getString("table_name"), rs.getString("row_id"),
                                rs.getString("member"), Instant.parse(rs.getString("at")), rs.getString("action"),
                                rs.getString("what")));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
        return entries;
    }

    /**
     * Who wrote the row last (or deleted it), within the caller's transaction: the member of the row's newest line,
     * or of the rows its version covers (the profile's team and images, a gesture's checklist, ADR 0019), whose
     * changes bump that version without another line of its own. Empty when the log does not say (a data file).
     */
    static String lastEditor(Connection c, String table, Object key, boolean deleted) throws SQLException {
        String covered = switch (table) {
            case "office_profile" -> " OR table_name IN ('staff', 'office_image')";
            case "gesture_plan" -> " OR table_name = 'gesture_item' AND row_id = ?";
            default -> "";
        };
        try (PreparedStatement ps = c.prepareStatement("SELECT member FROM change_log WHERE table_name = ?"
                + " AND row_id = ?" + (deleted ? " AND action = 'DELETE'" : covered) + " ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, table);
            ps.setString(2, String.valueOf(key));
            if (!deleted && covered.contains("?")) {
                ps.setString(3, String.valueOf(key));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    /** The id of the log's last line, on this connection; -1 when it cannot be read. */
    static long lastLine(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM change_log")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Hands each line after {@code after} (its table and member), oldest first; returns the last id read. */
    static long since(Connection c, long after, BiConsumer<String, String> each) throws SQLException {
        long last = after;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, table_name, member FROM change_log WHERE id > ? ORDER BY id")) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    each.accept(rs.getString(2), rs.getString(3));
                }
            }
        }
        return last;
    }

    /**
     * Run by the owner at each migration (PostgreSQL): the logging trigger on every table of the staff's work, the
     * staff's role kept to reading the log. A row updated to what it was is not news and is not logged.
     */
    static void installTriggers(Statement s) throws SQLException {
        s.execute("""
                DO $$ BEGIN
                  IF to_regclass('change_log') IS NULL THEN RETURN; END IF;
                  CREATE SEQUENCE IF NOT EXISTS change_log_id;
                  EXECUTE format($f$
                    CREATE OR REPLACE FUNCTION trousse_log() RETURNS trigger LANGUAGE plpgsql
                    SECURITY DEFINER SET search_path = %I AS $b$
                    DECLARE
                      j jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
                      what text := left(coalesce(j->>'name', j->>'title', j->>'gesture', j->>'network', ''), 80);
                    BEGIN
                      IF current_setting('trousse.quiet', true) = 'on' THEN RETURN NULL; END IF;
                      IF TG_OP = 'UPDATE' THEN
                        SELECT coalesce(string_agg(n.key, ', ' ORDER BY n.key), '') INTO what FROM jsonb_each(j) n
                          WHERE n.key <> 'version' AND n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key;
                        IF what = '' THEN RETURN NULL; END IF;
                      END IF;
                      INSERT INTO change_log(id, table_name, row_id, member, at, action, what) VALUES (
                        nextval('change_log_id'), TG_TABLE_NAME,
                        coalesce(j->>'id', j->>'guest_id', j->>'plan_id', j->>'key', j->>'field', j->>'kind',
                                 j->>'position', ''),
                        coalesce(nullif(current_setting('trousse.member', true), ''), session_user::text),
                        to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        TG_OP, what);
                      RETURN NULL;
                    END $b$ $f$, current_schema());
                  EXECUTE format($f$
                    CREATE OR REPLACE FUNCTION trousse_log_resync() RETURNS bigint LANGUAGE sql
                    SECURITY DEFINER SET search_path = %I AS $b$
                      SELECT setval('change_log_id', coalesce((SELECT max(id) FROM change_log), 0) + 1, false)
                    $b$ $f$, current_schema());
                  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trousse_app') THEN
                    REVOKE INSERT, UPDATE, DELETE ON change_log FROM trousse_app;
                  END IF;
                END $$""");
        s.execute("""
                DO $$ DECLARE t record; BEGIN
                  IF to_regclass('change_log') IS NULL THEN RETURN; END IF;
                  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                           AND tablename NOT IN (%s) LOOP
                    EXECUTE format('DROP TRIGGER IF EXISTS trousse_log ON %%I', t.tablename);
                    EXECUTE format('CREATE TRIGGER trousse_log AFTER INSERT OR UPDATE OR DELETE ON %%I'
                      || ' FOR EACH ROW EXECUTE FUNCTION trousse_log()', t.tablename);
                  END LOOP;
                END $$""".formatted(String.join(", ", UNLOGGED.stream().map(t -> "'" + t + "'").toList())));
    }
}
