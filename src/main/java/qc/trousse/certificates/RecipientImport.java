package qc.trousse.certificates;

import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.importing.TableImport;
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
        return TableImport.read(file, new RecipientColumns(defaultDate), progress);
    }
}
