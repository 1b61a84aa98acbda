package qc.trousse.cocktail;

import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.importing.RawTable;
import qc.trousse.importing.TableImport;
import qc.trousse.importing.TableReader;
import qc.trousse.work.Progress;

import java.nio.file.Path;

/** Reads a list of guests into a preview: the cocktail screen and the headless command go through here. */
public final class GuestImport {
    private GuestImport() {
    }

    public static ImportPreview<Guest> preview(Path file, Progress progress)
            throws ImportException, Progress.CancelledException {
        RawTable table = TableReader.read(file, progress);
        GuestColumns schema = new GuestColumns();
        RawTable found = TableImport.findHeader(table, schema);
        return TableImport.preview(found, schema, schema.guess(found.headers()), progress);
    }
}
