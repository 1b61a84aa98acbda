package qc.trousse.ui.importing;

import java.util.List;

/** One entry of a mapping list: a column of the file (A, B, …) with its header, or none (index -1). */
public record ColumnChoice(int index, String label) {
    public static ColumnChoice none(ImportWords words) {
        return new ColumnChoice(-1, words.tr("noColumn"));
    }

    public static ColumnChoice of(int index, List<String> headers, ImportWords words) {
        String header = index < headers.size() ? headers.get(index).strip() : "";
        return new ColumnChoice(index, words.tr("column", letters(index), header));
    }

    /** Excel's column name: 0 → A, 25 → Z, 26 → AA. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return label;
    }
}
