package qc.trousse.importing;

import java.util.List;
import java.util.Optional;

/**
 * The columns that name someone in any imported list: a full name, or a first name and a family name, or an
 * organisation. Recipients and guests read them the same way.
 */
public final class NameColumns {
    public static final String NAME = "name";
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String ORGANISATION = "organisation";

    private NameColumns() {
    }

    /** A « Prénom » column beside « Nom » makes « Nom » the family name. */
    public static ColumnMapping guess(ColumnMapping m) {
        return m.has(FIRST_NAME) && m.has(NAME) && !m.has(LAST_NAME) ? m.move(NAME, LAST_NAME) : m;
    }

    /** Why nothing can be imported: no column names anyone. The headers are listed so the user can pick one. */
    public static Optional<Problem> check(ColumnMapping m, List<String> headers) {
        if (m.has(NAME) || m.has(FIRST_NAME) || m.has(LAST_NAME) || m.has(ORGANISATION)) {
            return Optional.empty();
        }
        String shown = String.join(", ", headers.stream().filter(h -> !h.isBlank()).map(String::strip).toList());
        return Optional.of(Problem.of("import.mapping.noName", shown.isEmpty() ? "—" : shown));
    }

    /** The person's name: the full name, or first and family names joined; empty when the row names none. */
    public static String person(MappedRow row) throws RowProblem {
        String person = row.line(NAME);
        return person.isEmpty() ? (row.line(FIRST_NAME) + " " + row.line(LAST_NAME)).strip() : person;
    }
}
