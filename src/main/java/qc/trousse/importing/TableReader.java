package qc.trousse.importing;

import qc.trousse.work.Progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a CSV or an Excel workbook into a {@link RawTable}. The kind of file is told by its content, not
 * its name, so a workbook renamed .csv still opens and a PDF named .csv is refused with a clear message.
 */
public final class TableReader {
    /** Far above any list a school sends, low enough that a wrong file fails fast instead of filling memory. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_ROWS = TableLimits.MAX_ROWS;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private TableReader() {
    }

    public static RawTable read(Path file, Progress progress) throws ImportException, Progress.CancelledException {
        Path name = file.getFileName() == null ? file : file.getFileName();
        long size = size(file, name);
        if (size == 0) {
            throw new ImportException(file, Problem.of("import.file.empty", name));
        }
        if (size > MAX_BYTES) {
            throw new ImportException(file, Problem.of("import.file.tooBig", name, MAX_BYTES / (1024 * 1024)));
        }
        byte[] head = head(file, name);
        if (startsWith(head, ZIP)) {
            return XlsxTableReader.read(file, progress);
        }
        if (startsWith(head, OLE2)) {
            return WorkbookTableReader.read(file, progress);
        }
        return CsvTableReader.read(file, readAll(file, name), progress);
    }

    /** The first row that has anything in it is the header; rows after it are the data. */
    static RawTable assemble(Path file, TableFormat format, TextEncoding encoding, Delimiter delimiter,
                             java.util.List<RawRow> all) throws ImportException {
        int first = 0;
        while (first < all.size() && all.get(first).isBlank()) {
            first++;
        }
        Path name = file.getFileName();
        if (first == all.size()) {
            throw new ImportException(file, Problem.of("import.file.empty", name));
        }
        java.util.List<RawRow> rows = all.subList(first + 1, all.size());
        if (rows.size() > MAX_ROWS) {
            throw new ImportException(file, Problem.of("import.file.tooManyRows", name, MAX_ROWS));
        }
        return new RawTable(file, format, java.util.Optional.ofNullable(encoding),
                java.util.Optional.ofNullable(delimiter), all.get(first), rows);
    }

    static ImportException notATable(Path file) {
        return new ImportException(file, Problem.of("import.file.notTable", file.getFileName()));
    }

    static ImportException unreadable(Path file, Exception cause) {
        return new ImportException(file, Problem.of("import.file.unreadable", file.getFileName(),
                String.valueOf(cause.getMessage())), cause);
    }

    private static long size(Path file, Path name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(file, Problem.of("import.file.notTable", name));
            }
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, Problem.of("import.file.notFound", file), e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static byte[] head(Path file, Path name) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static byte[] readAll(Path file, Path name) throws ImportException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
