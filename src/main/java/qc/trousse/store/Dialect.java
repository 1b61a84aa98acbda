package qc.trousse.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * What differs between the two engines, in one place per engine: column types in the schema steps, and where
 * the schema version is kept. Everything else (the repositories' SQL, the steps themselves) is written once,
 * in SQL both accept.
 */
public enum Dialect {
    /** The schema steps are written in SQLite's words; the version is {@code PRAGMA user_version}. */
    SQLITE {
        @Override
        String ddl(String step) {
            return step;
        }

        @Override
        int version(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }

        @Override
        void setVersion(Statement s, int version) throws SQLException {
            s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            s.execute("PRAGMA user_version = " + version);
        }
    },
    /** A one-row table {@code trousse_schema} holds the application id and the version. */
    POSTGRESQL {
        private static final Pattern INTEGER = Pattern.compile("\\bINTEGER\\b");
        private static final Pattern REAL = Pattern.compile("\\bREAL\\b");
        private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b");

        /** SQLite's INTEGER is 64 bits and its REAL a double: the same sizes here, so a round trip is exact. */
        @Override
        String ddl(String step) {
            String s = INTEGER.matcher(step).replaceAll("BIGINT");
            s = REAL.matcher(s).replaceAll("DOUBLE PRECISION");
            return BLOB.matcher(s).replaceAll("BYTEA");
        }

        @Override
        int version(Connection c) throws SQLException {
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT to_regclass('trousse_schema') IS NOT NULL")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT version FROM trousse_schema")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }

        @Override
        void setVersion(Statement s, int version) throws SQLException {
            s.execute("CREATE TABLE IF NOT EXISTS trousse_schema(application_id BIGINT NOT NULL, version BIGINT NOT NULL)");
            s.execute("DELETE FROM trousse_schema");
            s.execute("INSERT INTO trousse_schema(application_id, version) VALUES (" + Migrations.APPLICATION_ID
                    + ", " + version + ")");
            // The staff's role reads and writes rows but changes no table, not even the version.
            s.execute("""
                    DO $$ BEGIN
                      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trousse_app') THEN
                        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO trousse_app',
                          current_schema());
                        REVOKE INSERT, UPDATE, DELETE ON trousse_schema FROM trousse_app;
                      END IF;
                    END $$""");
            ChangeFeed.installTriggers(s);
            ChangeLog.installTriggers(s);
        }

        @Override
        void lockForMigration(Statement s) throws SQLException {
            // Two offices' PCs opening a database of an older schema at once: one migrates, the other waits.
            s.execute("SELECT pg_advisory_xact_lock(" + Migrations.APPLICATION_ID + ")");
        }
    };

    /** A schema step, written in SQLite's words, as this engine takes it. */
    abstract String ddl(String step);

    /** The schema version the database is at; 0 for an empty one. */
    abstract int version(Connection c) throws SQLException;

    /** Marks the database as ours and at this version, inside the migration's transaction. */
    abstract void setVersion(Statement s, int version) throws SQLException;

    /** Keeps another instance from migrating at the same time (SQLite's file lock already does). */
    void lockForMigration(Statement s) throws SQLException {
    }
}
