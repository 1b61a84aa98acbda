package qc.trousse.certificates;

import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.importing.RawTable;
import qc.trousse.importing.TableImport;
import qc.trousse.importing.TableReader;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.time.LocalDate;

/** Reads a list of recipients into a preview: the window and the headless command go through here. */
public final class RecipientImport {
    private RecipientImport() {
    }

    /** @param defaultDate the presentation date of rows that give none */
    public static ImportPreview<Recipient> preview(Path file, LocalDate defaultDate, Progress progress)
            throws ImportException, Progress.CancelledException {
        RawTable table = TableReader.read(file, progress);
        RecipientColumns schema = new RecipientColumns(defaultDate);
        RawTable found = TableImport.findHeader(table, schema);
        return TableImport.preview(found, schema, schema.guess(found.headers()), progress);
    }
}
