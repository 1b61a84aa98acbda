package qc.trousse.importing;

import java.util.List;

/** One row of the source as read, with its line number as Excel shows it (the header is line 1). */
public record RawRow(int line, List<String> cells) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a column, or empty text past the end of a short row. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
