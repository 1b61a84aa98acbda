package qc.trousse.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one connection of a {@link ServerStore}, opened again by itself when the server dropped it (a restart, Wi-Fi
 * gone): the next use finds it dead and opens a new one on the same address, signed as the same member; while the
 * server does not answer, a background thread tries again after 1 s, doubling to 60 s ({@link Backoff}, ADR 0020),
 * so the window can say when it is back. Nothing is retried here: the edit that met the dropped connection was rolled
 * back, and the store keeps it in its journal to send on the server's return.
 */
final class LiveConnection implements AutoCloseable {
    /**
     * A connection idle this long is checked (one round trip) before use, so a server restart is found before the
     * next edit rather than by it: a restart takes longer than this, and reads that follow each other closely (a
     * screen loading) pay nothing. Half a second, as connection pools do, let an edit made right after a restart fail.
     */
    private static final long CHECK_AFTER_IDLE_NS = TimeUnit.MILLISECONDS.toNanos(50);
    private final StoreUrl url;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private Connection connection;
    private String member = "";
    private long lastUse = System.nanoTime();
    private volatile boolean reachable = true;
    private final Backoff backoff = Backoff.standard();
    private ScheduledExecutorService retries;
    private boolean closed;
    /** One chain of retries at a time, however many uses fail meanwhile. */
    private boolean retrying;

    LiveConnection(StoreUrl url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    /** Watches, without a round trip, for the connection the driver closed after an I/O failure. */
    synchronized void watch() {
        executor().scheduleWithFixedDelay(this::closedByDriver, 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void closedByDriver() {
        try {
            if (!closed && reachable && connection.isClosed()) {
                reopen();
            }
        } catch (SQLException e) {
            lost();
        }
    }

    private ScheduledExecutorService executor() {
        if (retries == null) {
            retries = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "server-reconnect");
                t.setDaemon(true);
                return t;
            });
        }
        return retries;
    }

    /** The connection to use now; a dropped one is replaced first, or refused in one line if the server is away. */
    synchronized Connection get() {
        if (!closed && dead()) {
            try {
                reopen();
            } catch (SQLException e) {
                lost();
                // Said as a connection failure (class 08) whatever the server answered (refused, not allowing
                // connections now): the edit that meets it is kept in the journal, not refused (ADR 0020).
                throw new StoreException(new SQLException(e.getMessage(), "08001", e));
            }
        }
        lastUse = System.nanoTime();
        return connection;
    }

    /** Who is signed in on this connection, set again on every connection opened later. */
    synchronized void signAs(String name) throws SQLException {
        sign(get(), name);
        member = name;
    }

    /** The server process of the connection now (0 if unknown), so the change feed leaves out this store's writes. */
    synchronized int process() {
        try {
            return connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return 0;
        }
    }

    boolean reachable() {
        return reachable;
    }

    /** Told true or false each time the server stops or starts answering (on the retry thread or the caller's). */
    void onReachable(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    private boolean dead() {
        try {
            // Inside a transaction the connection is never swapped: its work would go half to each (all-or-nothing).
            return connection.isClosed() || connection.getAutoCommit()
                    && System.nanoTime() - lastUse > CHECK_AFTER_IDLE_NS && !connection.isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    private void reopen() throws SQLException {
        Connection fresh = DriverManager.getConnection(url.jdbcUrl(), url.properties());
        try {
            sign(fresh, member);
        } catch (SQLException e) {
            ServerStore.close(fresh);
            throw e;
        }
        ServerStore.close(connection);
        connection = fresh;
        backoff.reset();
        if (!reachable) {
            reachable = true;
            listeners.forEach(l -> l.accept(true));
        }
    }

    private void lost() {
        if (reachable) {
            reachable = false;
            listeners.forEach(l -> l.accept(false));
        }
        if (retrying) {
            return;
        }
        retrying = true;
        executor().schedule(this::retry, backoff.next(), TimeUnit.MILLISECONDS);
    }

    private synchronized void retry() {
        retrying = false;
        if (closed || reachable) {
            return;
        }
        try {
            reopen();
        } catch (SQLException e) {
            lost();
        }
    }

    private static void sign(Connection c, String name) throws SQLException {
        try (var ps = c.prepareStatement("SELECT set_config('trousse.member', ?, false)")) {
            ps.setString(1, name);
            ps.execute();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (retries != null) {
            retries.shutdownNow();
        }
        ServerStore.close(connection);
    }
}
