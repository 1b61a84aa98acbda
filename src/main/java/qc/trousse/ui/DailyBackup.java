package qc.trousse.ui;

import qc.trousse.store.Backups;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;
import qc.trousse.ui.task.BackgroundExecutor;

import java.time.LocalDate;

/**
 * Today's backup of the open file ({@link Backups#daily}), which must never stop the office working: a failure is
 * logged and the backup tried again at the next opening. At start-up it is made once the window has drawn the
 * file, on a background thread: a copy of the whole file used to stand between the file opened and the file shown.
 * The copy is written beside its target and renamed whole ({@link DataFile#saveCopy}), and closing the file waits
 * for a copy under way, so quitting during it leaves either today's whole backup or none.
 */
final class DailyBackup {
    /** Frames drawn with the file before the copy starts: the first shows it, the second is its settled layout. */
    private static final int FRAMES = 2;

    private DailyBackup() {
    }

    /** Makes the backup at once, on the calling thread. */
    static void now(DataFile data) {
        try {
            Backups.daily(data, LocalDate.now());
        } catch (DataFileException e) {
            // A failed backup must not stop the office working; it is logged and retried tomorrow.
            Failures.log("daily backup failed", e);
        }
    }

    /** Makes it on the executor's thread after the window has drawn its next frames; call on the FX thread. */
    static void afterShown(DataFile data, BackgroundExecutor executor) {
        Frames.after(FRAMES, () -> executor.submit(progress -> {
            now(data);
            StartupMarks.mark("backup made");
            return data;
        }, made -> { }, failure -> Failures.log("daily backup failed", failure)));
    }
}
