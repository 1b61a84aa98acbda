package qc.trousse.cocktail;

import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.importing.TableImport;
import qc.trousse.work.Progress;

import java.nio.file.Path;

/** Reads a list of guests into a preview: the cocktail screen and the headless command go through here. */
public final class GuestImport {
    private GuestImport() {
    }

    public static ImportPreview<Guest> preview(Path file, Progress progress)
            throws ImportException, Progress.CancelledException {
        return TableImport.read(file, new GuestColumns(), progress);
    }
}
