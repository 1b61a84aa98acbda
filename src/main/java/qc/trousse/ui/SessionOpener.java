package qc.trousse.ui;

import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.office.Ridings;
import qc.trousse.session.DataFiles;
import qc.trousse.session.Session;
import qc.trousse.store.Backups;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;
import qc.trousse.store.Logs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens a data file for the window and, when it cannot, tells the user why and offers a way on: the latest
 * good backup restored into a new file, another file, or quitting. The refused file is never written.
 */
public final class SessionOpener {
    private final DialogService dialogs;
    private final Editions editions;
    private final Ridings ridings;

    public SessionOpener(DialogService dialogs, Editions editions, Ridings ridings) {
        this.dialogs = dialogs;
        this.editions = editions;
        this.ridings = ridings;
    }

    /**
     * Opens the file or returns the reason; no dialog. A file made here (first start, Fichier → Nouveau) serves
     * the edition in progress or next by the real date, not the first one the app knew. Today's backup is made
     * before the file is returned; at start-up the window makes it after the file is shown ({@link DailyBackup}).
     */
    public Session open(Path file) throws DataFileException {
        Session session = openWithoutBackup(file, editions, ridings);
        DailyBackup.now((DataFile) session.file());
        return session;
    }

    /** The same without the day's backup, which the caller makes once the file is on screen. */
    static Session openWithoutBackup(Path file, Editions editions, Ridings ridings) throws DataFileException {
        DataFile data = DataFiles.open(file, DataFile.Use.WINDOW, editions, LocalDate.now()).file();
        StartupMarks.mark("file open");
        Logs.install(data.path());
        Session session = new Session(data, editions, ridings);
        StartupMarks.mark("session");
        return session;
    }

    /** Opens the file, asking the user what to do while it cannot be opened; empty means they gave up. */
    public Optional<Session> openOrAsk(Path file) {
        Path next = file;
        while (next != null) {
            try {
                return Optional.of(open(next));
            } catch (DataFileException e) {
                Failures.log("cannot open " + next, e);
                next = ask(e).orElse(null);
            }
        }
        return Optional.empty();
    }

    private Optional<Path> ask(DataFileException e) {
        List<String> actions = new ArrayList<>();
        Optional<Backups.Dated> backup = e.reason() == DataFileException.Reason.DAMAGED
                || e.reason() == DataFileException.Reason.NOT_SQLITE
                ? Backups.latestGood(e.file()) : Optional.empty();
        backup.ifPresent(b -> actions.add(I18n.tr("open.restore", b.day())));
        actions.add(I18n.tr("open.other"));
        actions.add(I18n.tr("open.quit"));
        int choice = dialogs.choose(I18n.tr("open.title"), e.userMessage(), actions);
        if (backup.isPresent() && choice == 0) {
            try {
                return Optional.of(Backups.restoreBeside(e.file(), backup.get()));
            } catch (DataFileException restoreFailed) {
                Failures.report(dialogs, I18n.tr("open.title"), restoreFailed.userMessage(), restoreFailed);
                return Optional.empty();
            }
        }
        if (choice == actions.size() - 2) {
            return dialogs.openFile(I18n.tr("menu.file.open"), List.of(FileType.DATA));
        }
        return Optional.empty();
    }
}
