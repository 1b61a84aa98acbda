package qc.trousse.importing;

import java.util.List;
import java.util.Optional;

/**
 * What an import would do, before anything is saved: the good rows with their values, the bad rows with
 * their line and reason, the good rows to look at (warnings, with their line), or a problem with the mapping
 * that stops everything.
 */
public record ImportPreview<T>(RawTable table, ColumnMapping mapping, List<Good<T>> good, List<Bad> bad,
                               List<Bad> warnings, Optional<Problem> mappingProblem) {
    public ImportPreview {
        good = List.copyOf(good);
        bad = List.copyOf(bad);
        warnings = List.copyOf(warnings);
    }

    /** A row that will be imported. */
    public record Good<T>(int line, T value) {
    }

    /** A row that will not, and why. */
    public record Bad(int line, Problem why) {
        public String message() {
            return why.message();
        }
    }

    public List<T> values() {
        return good.stream().map(Good::value).toList();
    }

    public boolean canImport() {
        return mappingProblem.isEmpty() && !good.isEmpty();
    }
}
