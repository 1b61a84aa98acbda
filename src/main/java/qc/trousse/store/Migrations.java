package qc.trousse.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, one version at a time. A file at any earlier version is brought to the current one in a
 * single transaction; never edit a shipped step, add a new one.
 */
public final class Migrations {
    /** "JPS2" in ASCII: marks a file as ours, so a foreign SQLite file is never migrated. */
    public static final int APPLICATION_ID = 0x4A505332;

    static final List<List<String>> STEPS = List.of(
            // 1: the office profile and its staff, file-scoped settings
            List.of("""
                    CREATE TABLE office_profile(
                      id INTEGER PRIMARY KEY CHECK (id = 1),
                      mna_name TEXT NOT NULL, title TEXT NOT NULL, riding_code TEXT NOT NULL, region TEXT NOT NULL,
                      address TEXT NOT NULL, phone TEXT NOT NULL, email TEXT NOT NULL,
                      x TEXT NOT NULL, facebook TEXT NOT NULL, instagram TEXT NOT NULL, linkedin TEXT NOT NULL)""",
                    "CREATE TABLE staff(position INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                    "CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // 2: the signature and logo, stored in the file so it travels on a USB key
            List.of("""
                    CREATE TABLE office_image(
                      kind TEXT PRIMARY KEY CHECK (kind IN ('signature', 'logo')),
                      format TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, bytes BLOB NOT NULL)"""),
            // 3: the certificate design: the official certificate as background and where each field goes
            List.of("""
                    CREATE TABLE certificate_background(
                      id INTEGER PRIMARY KEY CHECK (id = 1),
                      kind TEXT NOT NULL CHECK (kind IN ('PDF', 'IMAGE')), bytes BLOB NOT NULL)""",
                    """
                    CREATE TABLE certificate_field(
                      field TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL, width REAL NOT NULL,
                      height REAL NOT NULL, size REAL NOT NULL, color INTEGER NOT NULL, align TEXT NOT NULL,
                      font TEXT NOT NULL, visible INTEGER NOT NULL)"""));

    public static final int CURRENT = STEPS.size();

    private Migrations() {
    }

    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the file to {@link #CURRENT}. */
    public static void migrate(Connection c) throws SQLException {
        migrateTo(c, CURRENT);
    }

    /** Brings the file to the given version; tests use it to make files of every earlier version. */
    public static void migrateTo(Connection c, int target) throws SQLException {
        int from = version(c);
        if (from >= target) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int v = from + 1; v <= target; v++) {
                for (String sql : STEPS.get(v - 1)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + target);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
