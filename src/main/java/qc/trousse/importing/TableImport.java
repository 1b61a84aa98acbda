package qc.trousse.importing;

import qc.trousse.work.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a read table into a preview under a mapping. Pure: nothing is saved here. */
public final class TableImport {
    private TableImport() {
    }

    /**
     * Reads a file and previews it with the header found and the schema's guessed mapping: what every
     * import (recipients, guests) does first, in the window and headless alike.
     */
    public static <T> ImportPreview<T> read(java.nio.file.Path file, ImportSchema<T> schema, Progress progress)
            throws ImportException, Progress.CancelledException {
        RawTable found = findHeader(TableReader.read(file, progress), schema);
        return preview(found, schema, schema.guess(found.headers()), progress);
    }

    /** How far down a header is looked for, under titles and notes a school puts above its list. */
    static final int HEADER_SEARCH_ROWS = 10;

    /**
     * With the header found and the mapping the schema guesses from it. The header is the first of the top
     * rows whose names give the schema what it needs; if none does, the first row, and the user maps by hand.
     */
    public static <T> ImportPreview<T> preview(RawTable table, ImportSchema<T> schema) {
        RawTable found = findHeader(table, schema);
        return preview(found, schema, schema.guess(found.headers()));
    }

    public static <T> RawTable findHeader(RawTable table, ImportSchema<T> schema) {
        List<RawRow> candidates = new ArrayList<>();
        candidates.add(table.header());
        table.rows().stream().filter(r -> !r.isBlank()).limit(HEADER_SEARCH_ROWS - 1).forEach(candidates::add);
        for (RawRow row : candidates) {
            if (schema.check(schema.guess(row.cells()), row.cells()).isEmpty()) {
                return table.withHeader(row);
            }
        }
        return table;
    }

    public static <T> ImportPreview<T> preview(RawTable table, ImportSchema<T> schema, ColumnMapping mapping) {
        try {
            return preview(table, schema, mapping, Progress.NONE);
        } catch (Progress.CancelledException e) {
            throw new IllegalStateException("Progress.NONE is never cancelled", e);
        }
    }

    public static <T> ImportPreview<T> preview(RawTable table, ImportSchema<T> schema, ColumnMapping mapping,
                                               Progress progress) throws Progress.CancelledException {
        Optional<Problem> problem = schema.check(mapping, table.headers());
        List<ImportPreview.Good<T>> good = new ArrayList<>();
        List<ImportPreview.Bad> bad = new ArrayList<>();
        List<ImportPreview.Bad> warnings = new ArrayList<>();
        if (problem.isPresent()) {
            return new ImportPreview<>(table, mapping, good, bad, warnings, problem);
        }
        Map<String, TargetField> fields = schema.fields().stream()
                .collect(Collectors.toMap(TargetField::id, Function.identity()));
        int done = 0;
        for (RawRow row : table.rows()) {
            if (++done % 1000 == 0) {
                progress.throwIfCancelled();
                progress.update(done, table.rows().size());
            }
            if (row.isBlank()) {
                continue;
            }
            try {
                MappedRow mapped = new MappedRow(row, mapping, fields);
                good.add(new ImportPreview.Good<>(row.line(), schema.convert(mapped)));
                mapped.warnings().forEach(w -> warnings.add(new ImportPreview.Bad(row.line(), w)));
            } catch (RowProblem e) {
                bad.add(new ImportPreview.Bad(row.line(), e.problem()));
            }
        }
        return new ImportPreview<>(table, mapping, good, bad, warnings, Optional.empty());
    }
}
