package qc.trousse.importing;

import java.util.List;
import java.util.Optional;

/**
 * What a table is imported into: the fields a column can feed, how the first mapping is guessed from the
 * header, what a usable mapping needs, and how a row becomes a value. Recipients and cocktail guests each
 * have one; the reading, mapping and reporting are shared.
 */
public interface ImportSchema<T> {
    List<TargetField> fields();

    /** The mapping offered first; by default each header matched to a field's aliases. */
    default ColumnMapping guess(List<String> headers) {
        return ColumnMapping.guess(headers, fields());
    }

    /** Why this mapping cannot import anything (no column for the name), or empty when it can. */
    Optional<Problem> check(ColumnMapping mapping, List<String> headers);

    /** The value of one row, or a {@link RowProblem} saying why the row is bad. */
    T convert(MappedRow row) throws RowProblem;
}
