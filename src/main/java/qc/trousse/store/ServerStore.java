package qc.trousse.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static qc.trousse.store.ServerStoreException.Reason;

/**
 * The office's PostgreSQL database, shared by the staff: one connection per open store. Opening checks before
 * writing anything: a database of another application, of a newer schema or on a too-old server is refused
 * untouched; an older schema is migrated when the role connected owns the tables. While the server is away, the
 * edits it cannot take are kept on disk and sent once it is back ({@link OfflineEdits}, ADR 0020).
 */
public final class ServerStore implements Store {
    /** ON CONFLICT, to_regclass and the rest are older, but 12 is the oldest release still kept up. */
    static final int OLDEST_SERVER = 12;
    private final StoreUrl url;
    private final LiveConnection connection;
    private final OfflineEdits offline;
    private String signedAs = "";

    /** For a look without sending anything (the probe reads the profile): the journal stays where it is. */
    ServerStore(StoreUrl url, Connection connection) {
        this(url, connection, DataFileLocation.defaultFile().toAbsolutePath().getParent());
    }

    ServerStore(StoreUrl url, Connection connection, Path journalFolder) {
        this.url = url;
        this.connection = new LiveConnection(url, connection);
        this.offline = new OfflineEdits(this, journalFolder);
    }

    /** Connects, checks and migrates; the edits kept while the server was away go beside the user's data. */
    public static ServerStore open(StoreUrl url) throws ServerStoreException {
        return open(url, DataFileLocation.defaultFile().toAbsolutePath().getParent());
    }

    /**
     * The same, the kept edits in this folder (ADR 0020): what a session killed while the server was away left
     * there is sent now, each edit once.
     */
    public static ServerStore open(StoreUrl url, Path journalFolder) throws ServerStoreException {
        Connection c = ServerConnections.connect(url);
        try {
            int version = check(c, url);
            if (version < Migrations.CURRENT) {
                migrate(c, url);
            }
            ServerStore store = new ServerStore(url, c, journalFolder);
            store.connection.watch();
            store.connection.onReachable(up -> {
                if (up) {
                    store.offline.sendLater();
                }
            });
            store.offline.sendQuietly();
            return store;
        } catch (ServerStoreException e) {
            close(c);
            throw e;
        }
    }

    /** Connects and checks without changing anything; returns the schema version found (0 for empty). */
    public static int inspect(StoreUrl url) throws ServerStoreException {
        Connection c = ServerConnections.connect(url);
        try {
            return check(c, url);
        } finally {
            close(c);
        }
    }

    static int check(Connection c, StoreUrl url) throws ServerStoreException {
        try {
            if (c.getMetaData().getDatabaseMajorVersion() < OLDEST_SERVER) {
                throw new ServerStoreException(Reason.OLD_SERVER, url.where(),
                        c.getMetaData().getDatabaseProductVersion(), null);
            }
            int version = Dialect.POSTGRESQL.version(c);
            if (version == 0 ? ServerConnections.tableCount(c) > 0 : !ServerConnections.isOurs(c)) {
                throw new ServerStoreException(Reason.FOREIGN, url.where(), null, null);
            }
            if (version > Migrations.CURRENT) {
                throw new ServerStoreException(Reason.NEWER, url.where(), String.valueOf(version), null);
            }
            return version;
        } catch (SQLException e) {
            throw ServerConnections.failure(url, e);
        }
    }

    private static void migrate(Connection c, StoreUrl url) throws ServerStoreException {
        try {
            Migrations.migrateTo(c, Dialect.POSTGRESQL, Migrations.CURRENT);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new ServerStoreException(Reason.NEEDS_OWNER, url.where(), url.user(), e);
            }
            throw ServerConnections.failure(url, e);
        }
    }

    public StoreUrl url() {
        return url;
    }

    /**
     * Who is working on this connection, chosen from the office's team: the change log and the colleagues' status
     * bars name them (empty: the database user).
     */
    public synchronized void signAs(String member) {
        String name = member == null ? "" : member.strip();
        try {
            connection.signAs(name);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        signedAs = name;
        offline.signedAs(name);
        offline.sendQuietly();
    }

    /** The edits kept while the server was away, and their sending (package: the repositories use it). */
    OfflineEdits offline() {
        return offline;
    }

    /** Told after each sending of the kept edits how many were written and which the server did not take. */
    public void onKeptEditsSent(java.util.function.Consumer<KeptEditsSent> listener) {
        offline.onSent(listener);
    }

    public synchronized String signedAs() {
        return signedAs;
    }

    /**
     * The colleagues' changes from now on (this store's own writes are left out, on whichever connection it has
     * now), on a connection of its own that reconnects by itself; checked again when this store's connection finds
     * the server back.
     */
    public ChangeFeed changes() throws ServerStoreException {
        ChangeFeed feed = ChangeFeed.listen(url, connection::process, this::signedAs);
        onReachable(back -> {
            if (back) {
                feed.suspect();
            }
        });
        return feed;
    }

    /** Opened again by itself if the server dropped it (see {@link LiveConnection}). */
    @Override
    public Connection connection() {
        return connection.get();
    }

    /** Whether the server answered the last use or retry: the window shows a banner while it does not. */
    public boolean reachable() {
        return connection.reachable();
    }

    /** Told false when the server stops answering and true when it is back, on any thread. */
    public void onReachable(java.util.function.Consumer<Boolean> listener) {
        connection.onReachable(listener);
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public String where() {
        return url.where();
    }

    /** A consistent SQLite copy (one snapshot of the database), written whole. */
    @Override
    public synchronized void saveCopy(Path target) throws DataFileException {
        StoreCopy.pull(this, target);
    }

    @Override
    public synchronized void close() {
        offline.close();
        connection.close();
    }

    static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: nothing left to save
        }
    }
}
