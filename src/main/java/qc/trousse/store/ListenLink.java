package qc.trousse.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection a {@link ChangeFeed} listens on, opened again when the server dropped it (a restart, Wi-Fi gone,
 * an administrator ending it): an attempt after 1 s, then doubling to 60 s ({@link Backoff}), as the store's own
 * connection does. Waiting for the next attempt never goes past the caller's deadline, so the feed can still be
 * closed meanwhile. The time is a parameter, so the schedule is tested as plain logic.
 */
final class ListenLink implements AutoCloseable {
    /** Connects and listens (LISTEN), ready for the notices. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** The time and the wait, the system's outside a test. */
    interface Clock {
        long millis();

        void sleep(long millis) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long millis() {
                return System.nanoTime() / 1_000_000;
            }

            @Override
            public void sleep(long millis) throws InterruptedException {
                Thread.sleep(millis);
            }
        };
    }

    private final Opener opener;
    private final Clock clock;
    private final Backoff backoff;
    private Connection connection;
    private long nextTry;
    private boolean reopened;
    private volatile boolean suspect;

    ListenLink(Connection first, Opener opener, Clock clock, Backoff backoff) {
        this.connection = first;
        this.opener = opener;
        this.clock = clock;
        this.backoff = backoff;
    }

    Clock clock() {
        return clock;
    }

    /**
     * The connection to read the notices on, or null while the server is away: an attempt is made when its turn
     * comes, after waiting for it no later than {@code until} (a time of the clock).
     */
    Connection current(long until) throws InterruptedException {
        if (connection != null && (closed(connection) || suspect && !valid(connection))) {
            lost();
        }
        suspect = false;
        if (connection != null) {
            return connection;
        }
        long now = clock.millis();
        if (now < nextTry) {
            clock.sleep(Math.max(0, Math.min(nextTry, until) - now));
            if (clock.millis() < nextTry) {
                return null;
            }
        }
        try {
            connection = opener.open();
            backoff.reset();
            reopened = true;
        } catch (SQLException e) {
            nextTry = clock.millis() + backoff.next();
        }
        return connection;
    }

    /** Whether the connection was opened again since the last call: the notices of the gap were never sent to it. */
    boolean takeReopened() {
        boolean was = reopened;
        reopened = false;
        return was;
    }

    /** The connection failed: closed, and the next attempt scheduled. */
    void lost() {
        if (connection != null) {
            ServerStore.close(connection);
            connection = null;
        }
        nextTry = clock.millis() + backoff.next();
    }

    /**
     * Something else found the server away (the store's own connection): the next use checks this one with a round
     * trip, since a connection whose network vanished silently still looks open. Any thread.
     */
    void suspect() {
        suspect = true;
    }

    private static boolean closed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static boolean valid(Connection c) {
        try {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            ServerStore.close(connection);
            connection = null;
        }
    }
}
