package qc.trousse.importing;

import qc.trousse.i18n.I18n;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** One row seen through the mapping: a field's text, cleaned and checked for length. */
public final class MappedRow {
    private final RawRow row;
    private final ColumnMapping mapping;
    private final Map<String, TargetField> fields;
    private final List<Problem> warnings = new ArrayList<>();

    MappedRow(RawRow row, ColumnMapping mapping, Map<String, TargetField> fields) {
        this.row = row;
        this.mapping = mapping;
        this.fields = fields;
    }

    public int line() {
        return row.line();
    }

    /**
     * The field's cell, trimmed and in Unicode composed form (NFC), so a name typed on a Mac prints like one
     * typed on Windows; no letter is ever dropped or replaced. Empty when the field has no column.
     */
    public String text(String fieldId) throws RowProblem {
        OptionalInt column = mapping.column(fieldId);
        if (column.isEmpty()) {
            return "";
        }
        String value = Normalizer.normalize(row.cell(column.getAsInt()), Normalizer.Form.NFC).strip();
        TargetField field = fields.get(fieldId);
        refuseControlCodes(value, column.getAsInt(), field);
        int length = value.codePointCount(0, value.length());
        if (field != null && length > field.maxLength()) {
            throw new RowProblem("import.row.tooLong", I18n.tr(field.labelKey()), length, field.maxLength());
        }
        return value;
    }

    /**
     * A one-line field (a name): line breaks, tabs and runs of spaces become one space; an invisible character
     * is kept as its visible mark, and the row is imported with a warning that names it.
     */
    public String line(String fieldId) throws RowProblem {
        String raw = text(fieldId);
        String marks = InvisibleCharacters.marks(raw);
        if (!marks.isEmpty()) {
            TargetField field = fields.get(fieldId);
            warnings.add(Problem.of("import.row.invisible", field == null ? fieldId : I18n.tr(field.labelKey()), marks));
        }
        return oneLine(raw);
    }

    /** What this row was imported with but should be looked at: invisible characters made visible. */
    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    public static String oneLine(String value) {
        String line = value.replaceAll("[\\p{Cc}&&[^\\s]]", "").replaceAll("[\\s\\p{Z}]+", " ").strip();
        return InvisibleCharacters.visible(line);
    }

    /**
     * A NUL, ESC or BEL byte in a cell is no letter of any name, and nothing shows where it is: the row is left
     * out, naming the column, and the rest of the file is imported. Tabs and line breaks are text.
     */
    private static void refuseControlCodes(String value, int column, TargetField field) throws RowProblem {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                throw new RowProblem("import.row.control", String.format(Locale.ROOT, "U+%04X", (int) c),
                        TableLimits.columnName(column), field == null ? "?" : I18n.tr(field.labelKey()));
            }
        }
    }
}
