package qc.trousse.ui;

import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFileException;
import qc.trousse.store.StoreUrl;
import qc.trousse.store.UserSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window needs before it can show a file, made off the FX thread once the first frame is up: the shipped
 * editions and ridings and the file's session, the file remembered as the one to reopen. (Opening it on another
 * thread while JavaFX starts was tried: on two busy cores the first frame came later and the file no sooner.)
 */
final class StartupOpening {
    private StartupOpening() {
    }

    /** The editions, ridings and session of one file; no session when the file was refused (asked about later). */
    record Opened(Path file, Editions editions, Ridings ridings, Optional<Session> session) {
    }

    /** The file the window opens without --data: the store used last if it is a file still there, else the default. */
    static Optional<Path> lastFile(UserSettings settings, Path defaultFile) {
        Optional<String> last = settings.lastStore();
        if (last.isPresent() && StoreUrl.isServer(last.get())) {
            return Optional.empty();
        }
        return Optional.of(last.map(Path::of).filter(Files::isRegularFile).orElse(defaultFile));
    }

    /** Opens the file on the calling thread, a background one; the day's backup is left to the window. */
    static Opened open(Path file, UserSettings settings) {
        Editions editions = Editions.shipped();
        StartupMarks.mark("editions");
        Ridings ridings = Ridings.load();
        StartupMarks.mark("ridings");
        try {
            Session session = SessionOpener.openWithoutBackup(file, editions, ridings);
            // Remembered here, so the window's own remembering finds it done and writes no XML on its thread.
            settings.addRecentFile(session.path());
            return new Opened(file, editions, ridings, Optional.of(session));
        } catch (DataFileException refused) {
            // asked about (and logged) on the FX thread by openOrAsk, which opens the file again
            return new Opened(file, editions, ridings, Optional.empty());
        }
    }
}
