package qc.trousse.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every table of a store, in one comparable form whatever the engine (numbers as long or double). */
public final class TableDump {
    private TableDump() {
    }

    /** The file's tables (the schema's list), each as its rows sorted by their text, column by column. */
    public static Map<String, List<List<Object>>> of(Connection store, List<String> tables) throws SQLException {
        Map<String, List<List<Object>>> dump = new LinkedHashMap<>();
        for (String table : tables) {
            dump.put(table, rows(store, table));
        }
        return dump;
    }

    public static List<String> tablesOf(DataFile file) throws SQLException {
        return TableCopy.tables(file.connection());
    }

    private static List<List<Object>> rows(Connection c, String table) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase());
            }
            List<String> sorted = names.stream().sorted().toList();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (String name : sorted) {
                    row.add(name + "=" + normal(rs.getObject(names.indexOf(name) + 1)));
                }
                rows.add(row);
            }
        }
        rows.sort((a, b) -> a.toString().compareTo(b.toString()));
        return rows;
    }

    private static Object normal(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float || value instanceof Double) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) ("real:" + (long) d) : "real:" + d;
        }
        if (value instanceof byte[] bytes) {
            return "bytes:" + bytes.length + ":" + Arrays.hashCode(bytes);
        }
        return value;
    }
}
