package qc.trousse.ui;

import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFileException;
import qc.trousse.store.StoreUrl;
import qc.trousse.store.UserSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * What the window needs before it can show a file: the user's settings, the shipped editions and ridings, and the
 * file's session. The app begins it before the toolkit starts ({@link #begin}), on another thread, so the file
 * opens (SQLite's native library loaded, the file checked) while JavaFX makes its window, instead of after.
 */
final class StartupOpening {
    private static volatile StartupOpening begun;
    private final CompletableFuture<UserSettings> settings;
    private final CompletableFuture<Optional<Opened>> opened;

    /** The editions, ridings and session of one file; no session when the file was refused (asked about later). */
    record Opened(Path file, Editions editions, Ridings ridings, Optional<Session> session) {
    }

    private StartupOpening(CompletableFuture<UserSettings> settings, CompletableFuture<Optional<Opened>> opened) {
        this.settings = settings;
        this.opened = opened;
    }

    /**
     * Reads the settings and opens the file the window will show (the one given, else the store used last when it
     * is a file, else {@code defaultFile}); nothing is opened when the window will go to the office's server.
     */
    static void begin(Supplier<UserSettings> readSettings, Optional<Path> data, Optional<Lang> lang,
                      Path defaultFile) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "trousse-opening");
            t.setDaemon(true); // a file on a share that hangs must not keep the JVM alive after the window closed
            return t;
        });
        CompletableFuture<UserSettings> settings = CompletableFuture.supplyAsync(() -> {
            UserSettings read = readSettings.get();
            // The session's texts (a default address "to confirm") come in the user's language, as the window's.
            I18n.setLanguage(lang.or(read::language).orElse(Lang.FR));
            return read;
        }, thread);
        CompletableFuture<Optional<Opened>> opened = settings.thenApplyAsync(s -> data.or(() -> lastFile(s,
                defaultFile)).map(file -> {
                    Opened o = open(file);
                    // Remembered here, so the window's own remembering finds it done and writes no XML on its thread.
                    o.session().ifPresent(session -> s.addRecentFile(session.path()));
                    return o;
                }), thread);
        opened.whenComplete((o, e) -> thread.shutdown());
        begun = new StartupOpening(settings, opened);
    }

    /** The settings read by {@link #begin}, or read now when nothing was begun (the UI tests). */
    static UserSettings settings(Supplier<UserSettings> readSettings) {
        StartupOpening b = begun;
        return b == null ? readSettings.get() : b.settings.join();
    }

    /** The file the window opens without --data: the store used last if it is a file still there, else the default. */
    static Optional<Path> lastFile(UserSettings settings, Path defaultFile) {
        Optional<String> last = settings.lastStore();
        if (last.isPresent() && StoreUrl.isServer(last.get())) {
            return Optional.empty();
        }
        return Optional.of(last.map(Path::of).filter(Files::isRegularFile).orElse(defaultFile));
    }

    /** The opening begun for this file, waited for; else it is done now, on the calling thread. */
    static Opened take(Path file) throws InterruptedException {
        StartupOpening b = begun;
        begun = null;
        if (b != null) {
            try {
                Optional<Opened> early = b.opened.get();
                if (early.isPresent() && early.get().file().equals(file)) {
                    return early.get();
                }
                early.flatMap(Opened::session).ifPresent(Session::close); // another file after all: let it go
            } catch (ExecutionException e) {
                Failures.log("early opening failed, opening again", e.getCause());
            }
        }
        return open(file);
    }

    private static Opened open(Path file) {
        Editions editions = Editions.shipped();
        StartupMarks.mark("editions");
        Ridings ridings = Ridings.load();
        StartupMarks.mark("ridings");
        try {
            return new Opened(file, editions, ridings, Optional.of(SessionOpener.openWithoutBackup(file, editions,
                    ridings)));
        } catch (DataFileException refused) {
            // asked about (and logged) on the FX thread by openOrAsk, which opens the file again
            return new Opened(file, editions, ridings, Optional.empty());
        }
    }
}
