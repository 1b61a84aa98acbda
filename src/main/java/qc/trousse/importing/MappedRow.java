package qc.trousse.importing;

import qc.trousse.i18n.I18n;

import java.text.Normalizer;
import java.util.Map;
import java.util.OptionalInt;

/** One row seen through the mapping: a field's text, cleaned and checked for length. */
public final class MappedRow {
    private final RawRow row;
    private final ColumnMapping mapping;
    private final Map<String, TargetField> fields;

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
        int length = value.codePointCount(0, value.length());
        if (field != null && length > field.maxLength()) {
            throw new RowProblem("import.row.tooLong", I18n.tr(field.labelKey()), length, field.maxLength());
        }
        return value;
    }

    /** A one-line field (a name): line breaks, tabs and runs of spaces become one space; control codes go. */
    public String line(String fieldId) throws RowProblem {
        return oneLine(text(fieldId));
    }

    public static String oneLine(String value) {
        return value.replaceAll("[\\p{Cc}&&[^\\s]]", "").replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
