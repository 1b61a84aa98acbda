package qc.trousse.store;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the colleagues change on the office's database, as PostgreSQL tells it (LISTEN/NOTIFY): every write to a
 * table notifies once per statement, with the table and the server process that wrote it. A feed waits on its own
 * connection for the next notice; nothing polls the server. When that connection drops it is opened again by
 * itself ({@link ListenLink}: 1 s doubling to 60 s) and listens again; the notices sent meanwhile are lost with it,
 * so the feed then says {@link #EVERYTHING} may have changed, followed by who changed what in the gap as the
 * change log tells it.
 */
public final class ChangeFeed implements AutoCloseable {
    static final String CHANNEL = "trousse_change";
    /** The name the feed's connection gives the server (pg_stat_activity), so an administrator can tell it apart. */
    public static final String APPLICATION = "Trousse JPS (changes)";
    /** The table of the change heard after the feed was away: anything may have changed meanwhile. */
    public static final String EVERYTHING = "*";
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
    private final ListenLink link;
    private final IntSupplier ownProcess;
    private final Supplier<String> ownMember;
    private final String where;
    private final Deque<Change> pending = new ArrayDeque<>();
    /** The change log's last line when a notice was last heard (or listening began); -1 when unknown. */
    private long mark;

    /**
     * A change made elsewhere: the table written, the server process (one per connected store; 0 when it comes
     * from the change log after a gap) that wrote it and the staff member signed in there (empty when unknown).
     */
    public record Change(String table, int process, String member) {
        public Change(String table, int process) {
            this(table, process, "");
        }
    }

    private ChangeFeed(ListenLink link, IntSupplier ownProcess, Supplier<String> ownMember, String where) {
        this.link = link;
        this.ownProcess = ownProcess;
        this.ownMember = ownMember;
        this.where = where;
    }

    /**
     * Listens for the changes of every store but the one whose server process is {@code ownProcess} now (it
     * changes when that store reconnects); {@code ownMember} leaves out one's own lines of the change log.
     */
    static ChangeFeed listen(StoreUrl url, IntSupplier ownProcess, Supplier<String> ownMember)
            throws ServerStoreException {
        try {
            Connection c = open(url);
            ChangeFeed feed = new ChangeFeed(new ListenLink(c, () -> open(url), ListenLink.Clock.SYSTEM,
                    Backoff.standard()),
                    ownProcess, ownMember, url.where());
            feed.mark = ChangeLog.lastLine(c);
            return feed;
        } catch (SQLException e) {
            throw ServerConnections.failure(url, e);
        }
    }

    private static Connection open(StoreUrl url) throws SQLException {
        Connection c = DriverManager.getConnection(url.jdbcUrl(), url.properties());
        try (Statement s = c.createStatement()) {
            s.execute("SET application_name = '" + APPLICATION + "'");
            s.execute("LISTEN " + CHANNEL);
            return c;
        } catch (SQLException e) {
            ServerStore.close(c);
            throw e;
        }
    }

    /**
     * Waits at most this long for the next change made by someone else. A dropped connection is not an error here:
     * it is opened again in the background of these waits, and the first change after it is {@link #EVERYTHING}.
     */
    public Optional<Change> next(Duration wait) {
        ListenLink.Clock clock = link.clock();
        long until = clock.millis() + wait.toMillis();
        try {
            while (pending.isEmpty()) {
                long left = until - clock.millis();
                if (left <= 0) {
                    return Optional.empty();
                }
                Connection c = link.current(until);
                if (c != null && link.takeReopened()) {
                    catchUp(c);
                } else if (c != null) {
                    read(c, left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return Optional.of(pending.poll());
    }

    private void read(Connection c, long left) {
        try {
            PGNotification[] notices = c.unwrap(PGConnection.class).getNotifications((int) Math.max(1, left));
            int own = ownProcess.getAsInt();
            for (PGNotification n : notices == null ? new PGNotification[0] : notices) {
                String[] parts = n.getParameter().split("\\|", 3);
                int process = parts.length > 1 ? Integer.parseInt(parts[1]) : n.getPID();
                if (process != own) {
                    pending.add(new Change(parts[0], process, parts.length > 2 ? parts[2] : ""));
                }
            }
            if (notices != null && notices.length > 0) {
                // Heard up to here: after a gap, only the lines after this one are news for the status bar.
                mark = Math.max(mark, ChangeLog.lastLine(c));
            }
        } catch (SQLException e) {
            LOG.log(Level.INFO, "live changes from {0} lost ({1}): listening again", new Object[]{where,
                    e.getSQLState()});
            link.lost();
        }
    }

    /**
     * Listening again after a gap: everything may have changed, and the change log says who changed what meanwhile
     * (the lines after the last one known when a notice was last heard, one's own left out).
     */
    private void catchUp(Connection c) {
        try {
            Deque<Change> gap = new ArrayDeque<>();
            String own = ownMember.get();
            if (mark >= 0) {
                mark = ChangeLog.since(c, mark, (table, member) -> {
                    if (own.isBlank() || !own.equals(member)) {
                        gap.add(new Change(table, 0, member));
                    }
                });
            } else {
                mark = ChangeLog.lastLine(c);
            }
            pending.add(new Change(EVERYTHING, 0, ""));
            pending.addAll(gap);
            LOG.log(Level.INFO, "live changes from {0} heard again", where);
        } catch (SQLException e) {
            link.lost();
        }
    }

    /** The store found the server away and back: this connection is checked too before the next wait. */
    void suspect() {
        link.suspect();
    }

    @Override
    public void close() {
        link.close();
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
