package qc.trousse.importing;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import qc.trousse.work.Progress;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A CSV: encoding and separator detected, then parsed by Commons CSV with Excel's quoting rules. */
final class CsvTableReader {
    private static final int SNIFF_CHARS = 64 * 1024;

    private CsvTableReader() {
    }

    static RawTable read(Path file, byte[] bytes, Progress progress)
            throws ImportException, Progress.CancelledException {
        TextEncoding encoding = TextEncoding.detect(bytes);
        if (encoding.bomLength() == 0 && looksBinary(bytes)) {
            throw TableReader.notATable(file);
        }
        String text = encoding.decode(bytes);
        if (text.isBlank()) {
            throw new ImportException(file, Problem.of("import.file.empty", file.getFileName()));
        }
        if (controlShare(text) > 0.01) {
            throw TableReader.notATable(file);
        }
        Delimiter delimiter = Delimiter.detect(text.substring(0, Math.min(text.length(), SNIFF_CHARS)));
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), delimiter.format())) {
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
                rows.add(new RawRow((int) record.getRecordNumber(), record.toList()));
                if (rows.size() % 1000 == 0) {
                    progress.throwIfCancelled();
                    progress.update(record.getCharacterPosition(), text.length());
                }
                if (rows.size() > TableReader.MAX_ROWS + 1) {
                    break;
                }
            }
        } catch (IOException e) {
            throw TableReader.unreadable(file, e);
        }
        progress.update(text.length(), text.length());
        return TableReader.assemble(file, TableFormat.CSV, encoding, delimiter, rows);
    }

    /** Text never holds a NUL byte; images, PDFs and databases almost always do near the start. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_CHARS);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), SNIFF_CHARS);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        return (double) control / n;
    }
}
