package qc.trousse.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.store.ServerStore;

import java.util.function.Consumer;

/**
 * The banner over the screens while the office's server does not answer (the store tries again by itself, ADR
 * 0020): shown as soon as the store finds it gone, cleared when it answers again. It says the edits made
 * meanwhile are kept: the store's journal holds them and sends them on the server's return. A file has no banner.
 */
public final class ServerBanner {
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final Consumer<Runnable> fxThread;
    private Session followed;

    /** Follows the window's session and each it switches to; the store's news are handed to {@code fxThread}. */
    public ServerBanner(ObservableValue<Session> session, Consumer<Runnable> fxThread) {
        this.fxThread = fxThread;
        follow(session.getValue());
        session.addListener((o, a, b) -> follow(b));
    }

    public ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    /** In the language chosen now: the edits made meanwhile are kept on disk and sent when it is back. */
    public String text() {
        return I18n.tr("server.kept");
    }

    private void follow(Session session) {
        followed = session;
        if (session != null && session.file() instanceof ServerStore server) {
            // A store left behind may still report: only the followed one moves the banner.
            server.onReachable(up -> fxThread.accept(() -> reachable(session, up)));
            shown.set(!server.reachable());
        } else {
            shown.set(false);
        }
    }

    void reachable(Session from, boolean up) {
        if (from == followed) {
            shown.set(!up);
        }
    }
}
