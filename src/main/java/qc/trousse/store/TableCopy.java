package qc.trousse.store;

import qc.trousse.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The rows of every table, copied from one connection to another in table order (push and pull share it). */
final class TableCopy {
    private static final int BATCH = 500;

    private TableCopy() {
    }

    /** The content tables of an SQLite file, in the order the schema created them. */
    static List<String> tables(Connection sqlite) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static void copy(Connection from, Connection to, List<String> tables, CopiedRows rows) throws SQLException {
        for (String table : tables) {
            try (Statement s = to.createStatement()) {
                s.execute("DELETE FROM " + table);
            }
            copyTable(from, to, table, rows);
        }
    }

    static long total(Connection c, List<String> tables) throws SQLException {
        long total = 0;
        for (String table : tables) {
            total += count(c, table);
        }
        return total;
    }

    private static void copyTable(Connection from, Connection to, String table, CopiedRows rows) throws SQLException {
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            String sql = "INSERT INTO " + table + "(" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
            try (PreparedStatement ps = to.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        ps.setObject(i, rs.getObject(i));
                    }
                    ps.addBatch();
                    if (rows.add() % BATCH == 0) {
                        ps.executeBatch();
                        rows.report();
                    }
                }
                ps.executeBatch();
                rows.report();
            }
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
