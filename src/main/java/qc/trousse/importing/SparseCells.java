package qc.trousse.importing;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.stream.IntStream;

/**
 * A row's cells as a list, holding only the cells that have text. A row with one cell in column XFD is a list
 * of 16,384 cells that costs one string, not 16,384; empty cells after the last one are not in the list at all.
 */
final class SparseCells extends AbstractList<String> implements RandomAccess {
    private static final SparseCells NONE = new SparseCells(new int[0], new String[0]);
    private final int[] columns;
    private final String[] values;

    private SparseCells(int[] columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** The same cells, without the empty ones. */
    static SparseCells of(List<String> cells) {
        if (cells instanceof SparseCells sparse) {
            return sparse;
        }
        Builder b = new Builder();
        for (int c = 0; c < cells.size(); c++) {
            b.put(c, cells.get(c));
        }
        return b.build();
    }

    /** Collects cells column by column, in increasing column order (as files store them). */
    static final class Builder {
        private int[] columns = new int[8];
        private String[] values = new String[8];
        private int n;

        void put(int column, String value) {
            if (value == null || value.isEmpty()) {
                return;
            }
            if (n > 0 && column <= columns[n - 1]) {
                throw new IllegalArgumentException("columns out of order: " + column);
            }
            if (n == columns.length) {
                columns = Arrays.copyOf(columns, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            columns[n] = column;
            values[n++] = value;
        }

        int size() {
            return n;
        }

        SparseCells build() {
            return n == 0 ? NONE : new SparseCells(Arrays.copyOf(columns, n), Arrays.copyOf(values, n));
        }
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int at = Arrays.binarySearch(columns, index);
        return at >= 0 ? values[at] : "";
    }

    @Override
    public int size() {
        return columns.length == 0 ? 0 : columns[columns.length - 1] + 1;
    }

    /** The columns that have text, in order. */
    IntStream filled() {
        return Arrays.stream(columns);
    }

    boolean isBlank() {
        for (String v : values) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof SparseCells other) {
            return Arrays.equals(columns, other.columns) && Arrays.equals(values, other.values);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
