package qc.trousse.ui.server;

import javafx.stage.Window;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.ServerPasswords;
import qc.trousse.store.ServerStore;
import qc.trousse.store.StoreCopy;
import qc.trousse.store.UserSettings;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.ui.task.RunningWork;

import java.util.List;
import java.util.Map;

/**
 * The window's side of the office's server: Fichier → Base du bureau…, Partager avec le bureau…, the servers of the
 * recent list, and Enregistrer une copie while on the server. The window is put on the new store through
 * {@link MainViewModel#switchSession}, which closes the one it was on.
 */
public final class OfficeServer {
    /** What is remembered for the user between starts, and the environment PostgreSQL's own password comes from. */
    public record Remembered(UserSettings settings, ServerPasswords passwords, Map<String, String> env) {
    }

    private final Window owner;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final Remembered remembered;
    private final MainViewModel main;
    private ServerSessions sessions;

    public OfficeServer(Window owner, DialogService dialogs, BackgroundExecutor executor, Remembered remembered,
                        MainViewModel main) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.executor = executor;
        this.remembered = remembered;
        this.main = main;
    }

    /** Fichier → Base du bureau…, filled with the last server used, if any. */
    public ServerConnectionViewModel showConnect() {
        ServerConnectionViewModel model = newModel();
        remembered.settings().recentServers().stream().findFirst().ifPresent(model::fill);
        ServerConnectionDialog.show(owner, model, null, sessions(), main::switchSession);
        return model;
    }

    /** Fichier → Partager avec le bureau…: only from a file. */
    public void showShare() {
        if (!(main.session().get().file() instanceof DataFile file)) {
            qc.trousse.ui.Failures.refuse(dialogs, I18n.tr("server.window.shareTitle"),
                    I18n.tr("server.window.alreadyOnServer"));
            return;
        }
        ServerConnectionViewModel model = newModel();
        ServerConnectionDialog.show(owner, model, new ShareViewModel(model, executor, file), sessions(),
                main::switchSession);
    }

    /** A server of the recent list: connects at once; if it cannot, says why and opens the dialog on it. */
    public void reopen(String where) {
        Remembered r = remembered;
        executor.submit(p -> sessions().reopen(where, r.settings(), r.passwords(), r.env()), main::switchSession,
                failure -> {
                    qc.trousse.ui.Failures.report(dialogs, I18n.tr("server.window.title"),
                            ServerFailures.sentence(where, failure), failure);
                    ServerConnectionViewModel model = newModel();
                    model.fill(where);
                    ServerConnectionDialog.show(owner, model, null, sessions(), main::switchSession);
                });
    }

    public List<String> recentServers() {
        return remembered.settings().recentServers();
    }

    /** Whether Enregistrer une copie is this class's: the window is on the server. */
    public boolean onServer() {
        return main.session().get().file() instanceof ServerStore;
    }

    /** Enregistrer une copie… on the server: a consistent SQLite copy (as store pull), with progress and cancel. */
    public void saveCopy() {
        ServerStore server = (ServerStore) main.session().get().file();
        String suggested = server.url().database() + "-copie.db";
        dialogs.saveFile(I18n.tr("menu.file.saveCopy"), suggested, List.of(FileType.DATA)).ifPresent(target -> {
            CopyProgressWindow window = CopyProgressWindow.open(owner, I18n.tr("server.window.copying",
                    server.where(), target.getFileName()));
            RunningWork running = executor.submit(p -> StoreCopy.pull(server, target, p), rows -> {
                window.close();
                main.status().set(I18n.tr("status.copied", target));
            }, failure -> {
                window.close();
                if (!(failure instanceof qc.trousse.work.Progress.CancelledException)) {
                    qc.trousse.ui.Failures.report(dialogs, I18n.tr("menu.file.saveCopy"),
                            ServerFailures.sentence(server.where(), failure), failure);
                }
            });
            window.follow(running);
        });
    }

    private ServerConnectionViewModel newModel() {
        return new ServerConnectionViewModel(executor, remembered.settings(), remembered.passwords(),
                remembered.env());
    }

    /** The campaigns and ridings are read once, the first time a server is opened (never at start-up on a file). */
    private synchronized ServerSessions sessions() {
        if (sessions == null) {
            sessions = new ServerSessions(Editions.shipped(), Ridings.load());
        }
        return sessions;
    }
}
