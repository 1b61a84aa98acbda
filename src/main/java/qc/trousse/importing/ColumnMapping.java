package qc.trousse.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which column feeds which field. Made automatically from the header, then changed by the user; each
 * column feeds at most one field.
 */
public final class ColumnMapping {
    private final Map<String, Integer> columns;

    private ColumnMapping(Map<String, Integer> columns) {
        this.columns = Map.copyOf(columns);
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    /**
     * Maps each header to the first field whose aliases contain it exactly. Fields are tried in the order
     * given, so a schema lists its most specific fields first.
     */
    public static ColumnMapping guess(List<String> headers, List<TargetField> fields) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            String h = HeaderNames.normalize(headers.get(c));
            if (h.isEmpty()) {
                continue;
            }
            for (TargetField f : fields) {
                if (!found.containsKey(f.id()) && f.aliases().contains(h)) {
                    found.put(f.id(), c);
                    break;
                }
            }
        }
        return new ColumnMapping(found);
    }

    public OptionalInt column(String fieldId) {
        Integer c = columns.get(fieldId);
        return c == null ? OptionalInt.empty() : OptionalInt.of(c);
    }

    public boolean has(String fieldId) {
        return columns.containsKey(fieldId);
    }

    /** The field a column feeds, if any. */
    public Optional<String> fieldOf(int column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
    }

    /** Maps the field to the column (empty: to none); a column taken by another field is freed from it. */
    public ColumnMapping with(String fieldId, OptionalInt column) {
        Map<String, Integer> next = new LinkedHashMap<>(columns);
        next.remove(fieldId);
        if (column.isPresent()) {
            next.values().removeIf(c -> c == column.getAsInt());
            next.put(fieldId, column.getAsInt());
        }
        return new ColumnMapping(next);
    }

    /** Moves a field's column to another field ("Nom" beside "Prénom" is the family name). */
    public ColumnMapping move(String from, String to) {
        OptionalInt c = column(from);
        return c.isEmpty() ? this : without(from).with(to, c);
    }

    public ColumnMapping without(String fieldId) {
        return with(fieldId, OptionalInt.empty());
    }

    public Map<String, Integer> asMap() {
        return columns;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && other.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
