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

    /** With the mapping the schema guesses from the header. */
    public static <T> ImportPreview<T> preview(RawTable table, ImportSchema<T> schema) {
        return preview(table, schema, schema.guess(table.headers()));
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
        if (problem.isPresent()) {
            return new ImportPreview<>(table, mapping, good, bad, problem);
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
                good.add(new ImportPreview.Good<>(row.line(), schema.convert(new MappedRow(row, mapping, fields))));
            } catch (RowProblem e) {
                bad.add(new ImportPreview.Bad(row.line(), e.problem()));
            }
        }
        return new ImportPreview<>(table, mapping, good, bad, Optional.empty());
    }
}
