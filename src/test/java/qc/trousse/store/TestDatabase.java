package qc.trousse.store;

import qc.trousse.RealService;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database of its own for one test, on the server `.ci/run` starts: TROUSSE_TEST_PG
 * names a database the owner role can connect to (it may create databases), TROUSSE_TEST_PG_APP the staff's role
 * (no DDL rights), and the passwords come from PGPASSFILE, as the app itself finds them. Without that server the
 * test is skipped outside CI and fails in CI.
 */
public final class TestDatabase implements AutoCloseable {
    private final String admin;
    private final String name;
    private final String host;

    private TestDatabase(String admin, String host, String name) {
        this.admin = admin;
        this.host = host;
        this.name = name;
    }

    public static TestDatabase fresh() {
        return fresh("TROUSSE_TEST_PG");
    }

    /** A fresh database on the server the variable names (the reconnect test's own server, which it stops). */
    public static TestDatabase fresh(String variable) {
        String admin = System.getenv(variable);
        RealService.require(admin != null && !admin.isBlank() && reachable(admin),
                "a PostgreSQL server (" + variable + ", started by .ci/postgres.sh)");
        String name = "trousse_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException | ServerStoreException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        String withoutQuery = admin.substring(0, admin.indexOf('?') < 0 ? admin.length() : admin.indexOf('?'));
        return new TestDatabase(admin, withoutQuery.substring(0, withoutQuery.lastIndexOf('/')), name);
    }

    /** The address as the owner role (it may migrate), as a user types it: no password in it. */
    public String ownerUrl() {
        return host + "/" + name + "?user=" + ownerRole();
    }

    /** The address as the staff's role, which reads and writes rows but changes no table. */
    public String appUrl() {
        return host + "/" + name + "?user=" + appRole();
    }

    public String name() {
        return name;
    }

    public static String appRole() {
        String app = System.getenv("TROUSSE_TEST_PG_APP");
        return app == null || app.isBlank() ? "trousse_app" : app;
    }

    private String ownerRole() {
        return admin.substring(admin.indexOf("user=") + 5).split("&")[0];
    }

    public StoreUrl owner() throws ServerStoreException {
        return StoreUrl.parse(ownerUrl());
    }

    public StoreUrl app() throws ServerStoreException {
        return StoreUrl.parse(appUrl());
    }

    /** A plain connection as the owner, for what a test sets up or inspects behind the app's back. */
    public Connection ownerConnection() throws ServerStoreException {
        return ServerConnections.connect(owner());
    }

    /**
     * Ends the server processes of this database's change feeds, as an administrator (or a restart) would; run as
     * the staff's role, which may end its own role's processes. Returns how many were ended.
     */
    public int endChangeFeeds() throws ServerStoreException, SQLException {
        try (Connection c = ServerConnections.connect(app()); var ps = c.prepareStatement("SELECT count(*) FILTER"
                + " (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ? AND application_name = ?")) {
            ps.setString(1, name);
            ps.setString(2, ChangeFeed.APPLICATION);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static Connection connect(String url) throws ServerStoreException {
        return ServerConnections.connect(StoreUrl.parse(url));
    }

    private static boolean reachable(String url) {
        try (Connection c = connect(url)) {
            return c.isValid(5);
        } catch (SQLException | ServerStoreException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try (Connection c = connect(admin); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
        } catch (SQLException | ServerStoreException e) {
            // a leftover test database is dropped with the cluster
        }
    }
}
