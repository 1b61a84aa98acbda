package qc.trousse.certificates;

import qc.trousse.importing.CellDates;
import qc.trousse.importing.ColumnMapping;
import qc.trousse.importing.HeaderNames;
import qc.trousse.importing.ImportSchema;
import qc.trousse.importing.MappedRow;
import qc.trousse.importing.NameColumns;
import qc.trousse.importing.Problem;
import qc.trousse.importing.RowProblem;
import qc.trousse.importing.TargetField;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How a list of recipients is read: which columns can feed them, and how a row becomes a recipient. A
 * « Prénom » column beside « Nom » makes « Nom » the family name, and the two are joined.
 */
public final class RecipientColumns implements ImportSchema<Recipient> {
    public static final String NAME = NameColumns.NAME;
    public static final String FIRST_NAME = NameColumns.FIRST_NAME;
    public static final String LAST_NAME = NameColumns.LAST_NAME;
    public static final String ORGANISATION = NameColumns.ORGANISATION;
    public static final String KIND = "kind";
    public static final String REASON = "reason";
    public static final String DATE = "date";
    public static final String GESTURE = "gesture";
    private static final int CELL_MAX = 1000;
    /** Most specific first: "nomdefamille" must win over "nom". */
    private static final List<TargetField> FIELDS = List.of(
            field(LAST_NAME, HeaderNames.LAST_NAME, RecipientRules.NAME_MAX),
            field(FIRST_NAME, HeaderNames.FIRST_NAME, RecipientRules.NAME_MAX),
            field(NAME, HeaderNames.NAME, RecipientRules.NAME_MAX),
            field(ORGANISATION, HeaderNames.ORGANISATION, RecipientRules.NAME_MAX),
            field(KIND, HeaderNames.KIND, 40),
            field(REASON, HeaderNames.REASON, RecipientRules.REASON_MAX),
            field(DATE, HeaderNames.DATE, 60),
            field(GESTURE, HeaderNames.GESTURE, RecipientRules.GESTURE_MAX));
    private final LocalDate defaultDate;

    /** @param defaultDate the presentation date of rows that give none */
    public RecipientColumns(LocalDate defaultDate) {
        this.defaultDate = defaultDate;
    }

    private static TargetField field(String id, List<String> aliases, int max) {
        return new TargetField(id, "recipients.field." + id, aliases, Math.min(max, CELL_MAX));
    }

    @Override
    public List<TargetField> fields() {
        return FIELDS;
    }

    @Override
    public ColumnMapping guess(List<String> headers) {
        return NameColumns.guess(ImportSchema.super.guess(headers));
    }

    @Override
    public Optional<Problem> check(ColumnMapping m, List<String> headers) {
        return NameColumns.check(m, headers);
    }

    @Override
    public Recipient convert(MappedRow row) throws RowProblem {
        String person = NameColumns.person(row);
        String organisation = row.line(ORGANISATION);
        RecipientKind kind = kind(row.text(KIND), person, organisation);
        String name = kind == RecipientKind.ORGANISATION && !organisation.isEmpty() ? organisation : person;
        if (name.isEmpty()) {
            throw new RowProblem("import.row.noName");
        }
        int length = RecipientRules.length(name);
        if (length > RecipientRules.NAME_MAX) {
            throw new RowProblem("import.row.nameTooLong", length, RecipientRules.NAME_MAX);
        }
        return new Recipient(0, kind, name, row.text(REASON), date(row.text(DATE)), row.line(GESTURE),
                RecipientState.TO_PRINT, null);
    }

    private static RecipientKind kind(String given, String person, String organisation) throws RowProblem {
        if (!given.isEmpty()) {
            return RecipientKind.parse(given).orElseThrow(() -> new RowProblem("import.row.badKind", given));
        }
        return person.isEmpty() && !organisation.isEmpty() ? RecipientKind.ORGANISATION : RecipientKind.PERSON;
    }

    private LocalDate date(String given) throws RowProblem {
        if (given.isEmpty()) {
            return defaultDate;
        }
        return CellDates.parse(given).orElseThrow(() -> new RowProblem("import.row.badDate", given));
    }
}
