package qc.trousse.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, one version at a time, for both engines. A store at any earlier version is brought to the current
 * one in a single transaction; never edit a shipped step, add a new one. Steps are written in SQL both SQLite
 * and PostgreSQL accept, with SQLite's type names; {@link Dialect} maps the types and keeps the version.
 */
public final class Migrations {
    /** "JPS2" in ASCII: marks a file as ours, so a foreign SQLite file is never migrated. */
    public static final int APPLICATION_ID = 0x4A505332;

    static final List<List<String>> STEPS = SchemaSteps.STEPS;

    public static final int CURRENT = STEPS.size();

    private Migrations() {
    }

    /** The version of an SQLite file. */
    public static int version(Connection c) throws SQLException {
        return Dialect.SQLITE.version(c);
    }

    /** Brings the file to {@link #CURRENT}. */
    public static void migrate(Connection c) throws SQLException {
        migrateTo(c, Dialect.SQLITE, CURRENT);
    }

    /** Brings the file to the given version; tests use it to make files of every earlier version. */
    public static void migrateTo(Connection c, int target) throws SQLException {
        migrateTo(c, Dialect.SQLITE, target);
    }

    /** Brings the store of this engine to the given version, in one transaction. */
    public static void migrateTo(Connection c, Dialect dialect, int target) throws SQLException {
        if (dialect.version(c) >= target) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            dialect.lockForMigration(s);
            int from = dialect.version(c);
            for (int v = from + 1; v <= target; v++) {
                for (String sql : STEPS.get(v - 1)) {
                    s.execute(dialect.ddl(sql));
                }
            }
            if (from < target) {
                dialect.setVersion(s, target);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
