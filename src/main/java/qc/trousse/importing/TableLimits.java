package qc.trousse.importing;

import java.nio.file.Path;

/**
 * What one import reads at most, so that memory follows the cells really in the file and a file small on disk
 * but huge once read (a cell in column XFD on every row, a row of 45 million separators) is refused in one
 * sentence instead of filling the memory. Each limit is far above any list an office imports.
 */
public final class TableLimits {
    /** Rows under the header. */
    public static final int MAX_ROWS = 50_000;
    /** Excel's own last column, XFD: a CSV row with more fields is not a sheet Excel could open. */
    public static final int MAX_COLUMNS = 16_384;
    /** Excel's own longest cell. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Cells that have text, in the whole sheet: 20 columns on every one of 50,000 rows. */
    public static final int MAX_CELLS = 1_000_000;
    /** Characters of text in the whole sheet (shared strings of a workbook included). */
    public static final long MAX_CHARS = 32_000_000;

    private final Path file;
    private long cells;
    private long chars;

    TableLimits(Path file) {
        this.file = file;
    }

    /** A limit passed: reading stops at once, and the file is refused with this problem. */
    static final class Exceeded extends RuntimeException {
        private final Problem problem;

        Exceeded(Problem problem) {
            super(problem.key(), null, false, false);
            this.problem = problem;
        }

        ImportException refusal(Path file) {
            return new ImportException(file, problem);
        }
    }

    /** Counts one cell that has text; line and column as Excel numbers them (1, A). */
    void cell(int line, int column, String text) {
        if (text.length() > MAX_CELL_CHARS) {
            throw cellTooLong(line, column);
        }
        if (++cells > MAX_CELLS) {
            throw new Exceeded(Problem.of("import.limit.cells", name(), MAX_CELLS));
        }
        chars += text.length();
        if (chars > MAX_CHARS) {
            throw tooMuchText();
        }
    }

    /**
     * Counts rows as they come, the header among them; past the limit reading stops, so the file is said to
     * have "more than" the limit: nothing after it is read.
     */
    void row(int rowsRead) {
        if (rowsRead > MAX_ROWS + 1) {
            throw new Exceeded(Problem.of("import.file.tooManyRows", name(), MAX_ROWS));
        }
    }

    Exceeded cellTooLong(int line, int column) {
        return new Exceeded(Problem.of("import.limit.cell", name(), line, columnName(column), MAX_CELL_CHARS));
    }

    Exceeded tooManyColumns(int line) {
        return new Exceeded(Problem.of("import.limit.columns", name(), line, MAX_COLUMNS));
    }

    Exceeded tooMuchText() {
        return new Exceeded(Problem.of("import.limit.text", name(), MAX_CHARS / 1_000_000));
    }

    private Path name() {
        return file.getFileName() == null ? file : file.getFileName();
    }

    /** Excel's column name: 0 → A, 25 → Z, 26 → AA. */
    public static String columnName(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }
}
