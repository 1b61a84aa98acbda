package qc.trousse.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.edit.EditHistory;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;
import qc.trousse.store.StoreException;
import qc.trousse.store.UserSettings;
import qc.trousse.ui.server.OfficeServer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The window's state: the open file, undo and redo, the language, recent files and the status line. */
public final class MainViewModel {
    private final DialogService dialogs;
    private final UserSettings settings;
    private final SessionOpener opener;
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final ObjectProperty<Lang> language = new SimpleObjectProperty<>(I18n.language());
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty();
    private final StringProperty redoText = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private OfficeServer officeServer;
    private final Runnable historyListener = this::historyChanged;
    private qc.trousse.ui.conflicts.FxConflicts conflicts;

    public MainViewModel(Session first, DialogService dialogs, UserSettings settings, SessionOpener opener) {
        this.dialogs = dialogs;
        this.settings = settings;
        this.opener = opener;
        switchTo(first);
    }

    public ReadOnlyObjectProperty<Session> session() {
        return session;
    }

    public ReadOnlyObjectProperty<Lang> language() {
        return language;
    }

    public BooleanProperty canUndo() {
        return canUndo;
    }

    public BooleanProperty canRedo() {
        return canRedo;
    }

    public StringProperty undoText() {
        return undoText;
    }

    public StringProperty redoText() {
        return redoText;
    }

    public StringProperty status() {
        return status;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public void undo() {
        guarded(() -> follow(history()::undo));
    }

    public void redo() {
        guarded(() -> follow(history()::redo));
    }

    /** A step made with services built before today's wrote behind them: build them anew so the screens see it. */
    private void follow(Runnable step) {
        step.run();
        if (history().tookEarlierStep()) {
            switchTo(session.get().reopened());
        }
    }

    /** Switches the language at once and remembers it for the next start. */
    public void switchLanguage(Lang lang) {
        I18n.setLanguage(lang);
        settings.setLanguage(lang);
        language.set(lang);
        historyChanged();
        status.set(OpenStores.status(session.get()));
    }

    /** Fichier's actions on files: new, new edition, import a campaign, open, save a copy. */
    public FileActions files() {
        return new FileActions(this, dialogs);
    }

    /** Semaine de l'édition…: the week, theme, hashtag and Assembly day of the file's edition, undoable. */
    public EditionWeekAction editionWeek() {
        return new EditionWeekAction(this, dialogs);
    }

    public void openPath(Path path) {
        if (session.get().file() instanceof DataFile open && path.toAbsolutePath().normalize().equals(open.path())) {
            return;
        }
        try {
            switchSession(opener.open(path));
        } catch (DataFileException e) {
            Failures.report(dialogs, I18n.tr("open.title"), e.userMessage(), e);
        }
    }

    public void close() {
        Optional.ofNullable(session.get()).ifPresent(Session::close);
    }

    private EditHistory history() {
        return session.get().history();
    }

    /** Who answers when an edit meets a colleague's change (the office's server): for this session and the next. */
    public void handleConflicts(qc.trousse.ui.conflicts.FxConflicts handler) {
        this.conflicts = handler;
        history().setConflicts(handler);
    }

    /** Puts the window on another store (a file, the office's server), closing the one it was on. */
    public void switchSession(Session next) {
        Session previous = session.get();
        switchTo(next);
        if (previous != null && previous != next) {
            previous.close();
        }
    }

    /** The office's server actions (Base du bureau, Partager, the recent servers), when the window has them. */
    public void useOfficeServer(OfficeServer server) {
        this.officeServer = server;
    }

    public Optional<OfficeServer> officeServer() {
        return Optional.ofNullable(officeServer);
    }

    void switchTo(Session next) {
        Session previous = session.get();
        if (previous != null) {
            previous.history().removeListener(historyListener);
        }
        next.history().addListener(historyListener);
        next.history().setConflicts(conflicts);
        OpenStores.remember(settings, next);
        session.set(next);
        recentFiles.setAll(settings.recentFiles());
        historyChanged();
        status.set(OpenStores.status(next));
    }

    private void historyChanged() {
        EditHistory h = history();
        canUndo.set(h.canUndo());
        canRedo.set(h.canRedo());
        undoText.set(h.undoKey().map(k -> I18n.tr("menu.edit.undoNamed", I18n.tr(k))).orElse(I18n.tr("menu.edit.undo")));
        redoText.set(h.redoKey().map(k -> I18n.tr("menu.edit.redoNamed", I18n.tr(k))).orElse(I18n.tr("menu.edit.redo")));
        // A colleague's change met on the way (merged, refused) is the one line worth reading now.
        status.set(Optional.ofNullable(conflicts).flatMap(qc.trousse.ui.conflicts.FxConflicts::takeLine)
                .orElseGet(() -> I18n.tr("status.saved", session.get().where(),
                        LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")))));
    }

    /** A save that fails (disk full, key pulled out) is told plainly; the edit did not happen. */
    public void guarded(Runnable edit) {
        try {
            edit.run();
        } catch (StoreException e) {
            Failures.report(dialogs, I18n.tr("store.writeFailedTitle"),
                    I18n.tr("store.writeFailed", session.get().where(), e.getMessage()), e);
        }
    }
}
