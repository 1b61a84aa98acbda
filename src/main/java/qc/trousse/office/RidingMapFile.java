package qc.trousse.office;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the change log of the electoral maps; a fault names the file's line and column. */
final class RidingMapFile {
    static final String RESOURCE = "/assets/data/riding-maps.csv";
    private static final String[] HEADER = {"map", "in_force_from", "change", "old_name", "new_name", "code",
            "region", "note"};

    private RidingMapFile() {
    }

    static List<RidingChange> shipped() {
        try (InputStream in = RidingMapFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RidingChange> read(Reader reader, String name) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setSkipHeaderRecord(true).get();
        List<RidingChange> changes = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            int line = (int) row.getRecordNumber() + 1;
            if (row.size() != HEADER.length) {
                throw new IllegalStateException(name + ", line " + line + ": " + HEADER.length + " columns expected");
            }
            RidingChange.Kind kind = kind(row, name, line);
            String oldName = row.get("old_name").trim();
            String newName = row.get("new_name").trim();
            boolean needsOld = kind != RidingChange.Kind.NEW && kind != RidingChange.Kind.BASE;
            if (needsOld == oldName.isEmpty()) {
                throw fault(name, line, "old_name", needsOld ? "is required" : "must be empty");
            }
            if (kind != RidingChange.Kind.BASE && newName.isEmpty()) {
                throw fault(name, line, "new_name", "is required");
            }
            Riding now = new Riding(row.get("code").trim(), newName, row.get("region").trim());
            changes.add(new RidingChange(line, row.get("map").trim(), date(row, name, line), kind, oldName, now));
        }
        return changes;
    }

    static IllegalStateException fault(String file, int line, String column, String what) {
        return new IllegalStateException(file + ", line " + line + ", " + column + ": " + what);
    }

    private static RidingChange.Kind kind(CSVRecord row, String name, int line) {
        try {
            return RidingChange.Kind.valueOf(row.get("change").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fault(name, line, "change", "unknown change " + row.get("change"));
        }
    }

    private static LocalDate date(CSVRecord row, String name, int line) {
        try {
            return LocalDate.parse(row.get("in_force_from").trim());
        } catch (DateTimeParseException e) {
            throw fault(name, line, "in_force_from", "not a date " + row.get("in_force_from"));
        }
    }
}
