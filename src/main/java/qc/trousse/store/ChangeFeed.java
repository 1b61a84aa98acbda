package qc.trousse.store;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * What the colleagues change on the office's database, as PostgreSQL tells it (LISTEN/NOTIFY): every write to a
 * table notifies once per statement, with the table and the server process that wrote it. A feed waits on its own
 * connection for the next notice; nothing polls the server.
 */
public final class ChangeFeed implements AutoCloseable {
    static final String CHANNEL = "trousse_change";
    private final Connection connection;
    private final int ownProcess;
    private final Deque<Change> pending = new ArrayDeque<>();

    /**
     * A change made elsewhere: the table written, the server process (one per connected store) that wrote it and
     * the staff member signed in there (empty when the notice did not say).
     */
    public record Change(String table, int process, String member) {
        public Change(String table, int process) {
            this(table, process, "");
        }
    }

    private ChangeFeed(Connection connection, int ownProcess) {
        this.connection = connection;
        this.ownProcess = ownProcess;
    }

    /** Listens for the changes of every store but the one whose server process is {@code ownProcess}. */
    static ChangeFeed listen(StoreUrl url, int ownProcess) throws ServerStoreException {
        Connection c = ServerConnections.connect(url);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
            return new ChangeFeed(c, ownProcess);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the failure below says what went wrong
            }
            throw ServerConnections.failure(url, e);
        }
    }

    /** Waits at most this long for the next change made by someone else. */
    public Optional<Change> next(Duration wait) throws SQLException {
        long until = System.nanoTime() + wait.toNanos();
        while (pending.isEmpty()) {
            long left = (until - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return Optional.empty();
            }
            PGNotification[] notices = connection.unwrap(PGConnection.class).getNotifications((int) Math.max(1, left));
            for (PGNotification n : notices == null ? new PGNotification[0] : notices) {
                String[] parts = n.getParameter().split("\\|", 3);
                int process = parts.length > 1 ? Integer.parseInt(parts[1]) : n.getPID();
                if (process != ownProcess) {
                    pending.add(new Change(parts[0], process, parts.length > 2 ? parts[2] : ""));
                }
            }
        }
        return Optional.of(pending.poll());
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the server forgets the listener with the connection
        }
    }

    /** Run by the owner at each migration, so the tables a later step adds notify too. */
    static void installTriggers(Statement s) throws SQLException {
        s.execute("CREATE OR REPLACE FUNCTION trousse_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " PERFORM pg_notify('" + CHANNEL + "', TG_TABLE_NAME || '|' || pg_backend_pid() || '|'"
                + " || coalesce(nullif(current_setting('trousse.member', true), ''), session_user::text)); RETURN NULL;"
                + " END $$");
        s.execute("""
                DO $$ DECLARE t record; BEGIN
                  FOR t IN SELECT tablename FROM pg_tables
                           WHERE schemaname = current_schema()
                             AND tablename NOT IN ('trousse_schema', 'change_log') LOOP
                    EXECUTE format('DROP TRIGGER IF EXISTS trousse_notify ON %I', t.tablename);
                    EXECUTE format('CREATE TRIGGER trousse_notify AFTER INSERT OR UPDATE OR DELETE ON %I'
                      || ' FOR EACH STATEMENT EXECUTE FUNCTION trousse_notify()', t.tablename);
                  END LOOP;
                END $$""");
    }
}
