package qc.trousse.importing;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One row of the source as read, with its line number as Excel shows it (the header is line 1). Only the cells
 * that have text are kept: the list reads "" for the others, and ends at the last cell that has text.
 */
public record RawRow(int line, List<String> cells) {
    public RawRow {
        cells = SparseCells.of(cells);
    }

    /** The cell in a column, or empty text past the end of a short row. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return ((SparseCells) cells).isBlank();
    }

    /** The columns that have text in this row, in order. */
    public IntStream filledColumns() {
        return ((SparseCells) cells).filled();
    }
}
