package qc.trousse.ui.server;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.i18n.I18n;
import qc.trousse.store.DataFile;
import qc.trousse.store.StoreCopy;
import qc.trousse.store.StoreUrl;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.ui.task.RunningWork;

/**
 * Fichier → Partager avec le bureau…: the open file copied into an empty database (as {@code store push}), with a
 * progress bar and a cancel that leaves the database as empty as it was; then the same dialog offers to connect.
 */
public final class ShareViewModel {
    private final ServerConnectionViewModel connection;
    private final BackgroundExecutor executor;
    private final DataFile file;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty copying = new SimpleBooleanProperty();
    private final BooleanProperty shared = new SimpleBooleanProperty();
    private final StringProperty shareText = new SimpleStringProperty("");
    private final BooleanBinding canShare;
    private RunningWork running;

    public ShareViewModel(ServerConnectionViewModel connection, BackgroundExecutor executor, DataFile file) {
        this.connection = connection;
        this.executor = executor;
        this.file = file;
        canShare = Bindings.createBooleanBinding(() -> connection.answer().get()
                == ServerConnectionViewModel.Answer.EMPTY && !copying.get(), connection.answer(), copying);
        connection.answer().addListener((o, was, now) -> {
            if (now == ServerConnectionViewModel.Answer.OK && !shared.get()) {
                // A database already holding an office is never written over: said in one line.
                shareText.set(I18n.tr("server.window.shareNotEmpty"));
            } else if (!shared.get()) {
                shareText.set("");
            }
        });
    }

    public DoubleProperty progress() {
        return progress;
    }

    public BooleanProperty copying() {
        return copying;
    }

    public StringProperty shareText() {
        return shareText;
    }

    public BooleanBinding canShare() {
        return canShare;
    }

    /** Copies the file; when done, tests the database again so the team and « Se connecter » are offered. */
    public void share() {
        StoreUrl url = connection.urlOrSay();
        if (url == null) {
            return;
        }
        copying.set(true);
        progress.set(-1);
        shareText.set(I18n.tr("server.window.sharing", file.path().getFileName(), url.where()));
        running = executor.submit(p -> StoreCopy.push(file, url, p), rows -> {
            copying.set(false);
            shared.set(true);
            shareText.set(I18n.tr("server.window.shared", rows, file.path().getFileName(), url.where()));
            connection.test();
        }, failure -> {
            copying.set(false);
            shareText.set(ServerFailures.sentence(url.where(), failure));
        });
        progress.bind(running.progress());
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }
}
