package qc.trousse.importing;

import qc.trousse.i18n.I18n;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A table as read from a file, before any meaning is given to its columns: the header row, the rows under
 * it, and what was detected (format, encoding and separator for a CSV).
 */
public record RawTable(Path file, TableFormat format, Optional<TextEncoding> encoding,
                       Optional<Delimiter> delimiter, RawRow header, List<RawRow> rows) {
    public RawTable {
        rows = List.copyOf(rows);
    }

    public List<String> headers() {
        return header.cells();
    }

    /**
     * The same table with the header found lower down (under a title row): the rows above it are left out,
     * the line numbers stay Excel's.
     */
    public RawTable withHeader(RawRow newHeader) {
        if (newHeader.equals(header)) {
            return this;
        }
        int at = rows.indexOf(newHeader);
        if (at < 0) {
            throw new IllegalArgumentException("not a row of this table: line " + newHeader.line());
        }
        return new RawTable(file, format, encoding, delimiter, newHeader, rows.subList(at + 1, rows.size()));
    }

    /** What was detected, in words: "CSV, encodage UTF-8 (BOM), séparateur point-virgule (;)". */
    public String description() {
        return switch (format) {
            case XLSX -> I18n.tr("import.format.xlsx");
            case XLS -> I18n.tr("import.format.xls");
            case CSV -> I18n.tr("import.format.csv", encoding.map(TextEncoding::label).orElse("?"),
                    delimiter.map(d -> I18n.tr(d.labelKey())).orElse("?"));
        };
    }

    /**
     * The columns with text in the header or in any row, in order: those a field can be mapped to. A sheet
     * with one cell in column XFD offers that column, not the 16,383 empty ones before it.
     */
    public int[] usedColumns() {
        java.util.BitSet used = new java.util.BitSet();
        header.filledColumns().forEach(used::set);
        for (RawRow r : rows) {
            r.filledColumns().forEach(used::set);
        }
        return used.stream().toArray();
    }

    public int columnCount() {
        int n = header.cells().size();
        for (RawRow r : rows) {
            n = Math.max(n, r.cells().size());
        }
        return n;
    }
}
