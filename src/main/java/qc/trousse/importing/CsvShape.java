package qc.trousse.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * A first pass over a CSV that keeps nothing: it follows the quotes as the CSV reader does and stops at the
 * first row with more fields than Excel has columns, the first cell longer than Excel allows, or the row
 * after the limit. The CSV reader builds a whole row before handing it over, so a row of 45 million
 * separators must be refused before it is read.
 */
final class CsvShape {
    private CsvShape() {
    }

    /** Throws {@link TableLimits.Exceeded} at the first limit passed, naming the row as Excel numbers it. */
    static void check(Path file, Reader reader, char delimiter, TableLimits limits) throws IOException {
        Chars in = new Chars(reader);
        int line = 1;
        int fields = 1;
        long cell = 0;
        boolean quoted = false;
        boolean atFieldStart = true;
        int quoteLine = 0;
        int c = in.read();
        while (c >= 0) {
            int next = in.read();
            if (quoted) {
                if (c == '"') {
                    if (next == '"') {
                        cell++;
                        next = in.read();
                    } else {
                        quoted = false;
                    }
                } else {
                    cell++;
                }
            } else if (c == delimiter) {
                if (++fields > TableLimits.MAX_COLUMNS) {
                    throw limits.tooManyColumns(line);
                }
                cell = 0;
                atFieldStart = true;
                c = next;
                continue;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && next == '\n') {
                    next = in.read();
                }
                limits.row(line);
                line++;
                fields = 1;
                cell = 0;
                atFieldStart = true;
                c = next;
                continue;
            } else if (c == '"' && atFieldStart) {
                quoted = true;
                quoteLine = line;
            } else {
                cell++;
            }
            if (cell > TableLimits.MAX_CELL_CHARS) {
                // A quoted cell this long is a quote left open: it swallows every row after it.
                throw quoted ? new TableLimits.Exceeded(Problem.of("import.file.badQuote", file.getFileName(),
                        quoteLine)) : limits.cellTooLong(line, fields - 1);
            }
            atFieldStart = false;
            c = next;
        }
    }

    /** Characters one at a time from a buffer, without the lock a Reader takes on every read. */
    private static final class Chars {
        private final Reader reader;
        private final char[] buffer = new char[64 * 1024];
        private int at;
        private int end;

        Chars(Reader reader) {
            this.reader = reader;
        }

        int read() throws IOException {
            if (at == end) {
                end = reader.read(buffer, 0, buffer.length);
                at = 0;
                if (end <= 0) {
                    end = 0;
                    return -1;
                }
            }
            return buffer[at++];
        }
    }
}
