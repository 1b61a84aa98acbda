package qc.trousse.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One edit the office's server could not take (the connection was gone), as the repository would have written
 * it: the row's table and key, the version the edit was based on, and the row's columns after it (none for a
 * deletion). Its random id goes into {@code applied_edit} in the transaction that sends it, so it is sent once.
 *
 * @param unsent why it could not be sent once the server was back (a colleague's change meanwhile): kept, not
 *               tried again; empty while it waits for the server
 */
record KeptEdit(String id, boolean delete, String table, String keyColumn, long key, long basis,
                Map<String, Object> values, String unsent) {
    KeptEdit {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static KeptEdit update(String table, long key, long basis, Map<String, Object> values) {
        return new KeptEdit(UUID.randomUUID().toString(), false, table, "id", key, basis, values, "");
    }

    static KeptEdit deletion(String table, long key, long basis) {
        return new KeptEdit(UUID.randomUUID().toString(), true, table, "id", key, basis, Map.of(), "");
    }

    /** The same row edited again while away: the server needs only the last value, based on the first version. */
    KeptEdit folding(KeptEdit later) {
        return new KeptEdit(id, later.delete, table, keyColumn, key, basis, later.values, "");
    }

    boolean sameRow(KeptEdit other) {
        return table.equals(other.table) && key == other.key;
    }

    KeptEdit unsent(String why) {
        return new KeptEdit(id, delete, table, keyColumn, key, basis, values, why == null ? "?" : why);
    }

    boolean waiting() {
        return unsent.isEmpty();
    }

    /** The guarded write, as 0019's: nothing is written over a row at another version than the basis. */
    PreparedStatement statement(java.sql.Connection c) throws SQLException {
        // Names come from the journal file: only plain identifiers, so an altered file cannot inject SQL.
        if (!(table + keyColumn + String.join("", values.keySet())).matches("[a-z_]+")) {
            throw new SQLException("not a kept edit of ours: " + table);
        }
        String where = " WHERE " + keyColumn + " = ? AND version = ?";
        if (delete) {
            PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + where);
            ps.setLong(1, key);
            ps.setLong(2, basis);
            return ps;
        }
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
        values.keySet().forEach(column -> sql.append(column).append(" = ?, "));
        PreparedStatement ps = c.prepareStatement(sql.append("version = version + 1").append(where).toString());
        int i = 1;
        for (Object v : values.values()) {
            if (v == null) {
                ps.setNull(i++, Types.NULL);
            } else {
                ps.setObject(i++, v);
            }
        }
        ps.setLong(i++, key);
        ps.setLong(i, basis);
        return ps;
    }

    /** One line of the journal: tab-separated fields, each value typed (s text, l integer, n null) and escaped. */
    String line() {
        List<String> f = new ArrayList<>(List.of(id, delete ? "DELETE" : "UPDATE", table, keyColumn,
                String.valueOf(key), String.valueOf(basis), unsent));
        values.forEach((column, v) -> f.add(column + "=" + (v == null ? "n" : v instanceof Long ? "l" + v : "s" + v)));
        return String.join("\t", f.stream().map(KeptEdit::escape).toList());
    }

    static KeptEdit parse(String line) {
        String[] f = line.split("\t", -1);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 7; i < f.length; i++) {
            String pair = unescape(f[i]);
            int eq = pair.indexOf('=');
            String v = pair.substring(eq + 1);
            values.put(pair.substring(0, eq), switch (v.charAt(0)) {
                case 'n' -> null;
                case 'l' -> Long.valueOf(v.substring(1));
                default -> v.substring(1);
            });
        }
        return new KeptEdit(unescape(f[0]), "DELETE".equals(unescape(f[1])), unescape(f[2]), unescape(f[3]),
                Long.parseLong(unescape(f[4])), Long.parseLong(unescape(f[5])), values, unescape(f[6]));
    }

    private static String escape(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
