package qc.trousse.importing;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import qc.trousse.work.Progress;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV: encoding and separator detected, its shape checked against the limits in a first pass that keeps
 * nothing, then parsed by Commons CSV with Excel's quoting rules, each row keeping only its cells with text.
 */
final class CsvTableReader {
    private static final int SNIFF_CHARS = 64 * 1024;
    /** Fewer stray control codes than this are typing accidents in a cell, not the bytes of an image or a PDF. */
    private static final int BINARY_CONTROLS = 8;

    private CsvTableReader() {
    }

    static RawTable read(Path file, byte[] bytes, Progress progress)
            throws ImportException, Progress.CancelledException {
        TextEncoding encoding = TextEncoding.detect(bytes);
        String head = encoding.head(bytes, SNIFF_CHARS);
        if (head.isBlank()) {
            throw new ImportException(file, Problem.of("import.file.empty", file.getFileName()));
        }
        if (encoding.bomLength() == 0 && (knownBinary(bytes) || looksBinary(head))) {
            throw TableReader.notATable(file);
        }
        Delimiter delimiter = Delimiter.detect(head);
        TableLimits limits = new TableLimits(file);
        try (Reader in = encoding.reader(bytes)) {
            CsvShape.check(file, in, delimiter.character(), limits);
            return TableReader.assemble(file, TableFormat.CSV, encoding, delimiter,
                    rows(file, encoding.reader(bytes), delimiter, limits, bytes.length, progress));
        } catch (TableLimits.Exceeded e) {
            throw e.refusal(file);
        } catch (IOException e) {
            throw TableReader.unreadable(file, e);
        }
    }

    private static List<RawRow> rows(Path file, Reader text, Delimiter delimiter, TableLimits limits, long total,
                                     Progress progress) throws IOException, ImportException, Progress.CancelledException {
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, delimiter.format())) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // Commons CSV reports an unclosed quote this way; the line is the one where the quote opened.
                    throw new ImportException(file, Problem.of("import.file.badQuote", file.getFileName(),
                            rows.size() + 1), e);
                }
                // Excel numbers rows, not text lines: a quoted cell over two lines is still one row.
                int line = (int) record.getRecordNumber();
                SparseCells.Builder cells = new SparseCells.Builder();
                for (int c = 0; c < record.size(); c++) {
                    String value = record.get(c);
                    if (!value.isEmpty()) {
                        limits.cell(line, c, value);
                        cells.put(c, value);
                    }
                }
                rows.add(new RawRow(line, cells.build()));
                limits.row(rows.size());
                if (rows.size() % 1000 == 0) {
                    progress.throwIfCancelled();
                    progress.update(Math.min(record.getCharacterPosition(), total), total);
                }
            }
        }
        progress.update(total, total);
        return rows;
    }

    /** The first bytes of the files people send by mistake: an image, a PDF, a database, an archive. */
    private static boolean knownBinary(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 16), java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.startsWith("\u0089PNG") || start.startsWith("%PDF") || start.startsWith("\u00FF\u00D8\u00FF")
                || start.startsWith("GIF8") || start.startsWith("SQLite format 3") || start.startsWith("PK\u0003\u0004");
    }

    /** Images, PDFs and databases are full of control codes; text has none, or one typed by accident. */
    private static boolean looksBinary(String head) {
        int control = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        return control >= Math.min(BINARY_CONTROLS, Math.max(1, head.length() / 2)) && control > head.length() / 100;
    }
}
