package qc.trousse.ui.server;

import qc.trousse.i18n.I18n;
import qc.trousse.store.ServerPasswords;
import qc.trousse.store.StoreException;
import qc.trousse.store.StoreOpenException;
import qc.trousse.work.Progress;

import java.util.logging.Level;
import java.util.logging.Logger;

/** What went wrong with the office's server, in one line of the user's language, and logged without a password. */
public final class ServerFailures {
    private static final Logger LOG = Logger.getLogger(ServerFailures.class.getName());

    private ServerFailures() {
    }

    public static String sentence(String where, Throwable failure) {
        if (failure instanceof Progress.CancelledException) {
            return I18n.tr("server.window.cancelled", where);
        }
        // The exceptions of the store name the server by its address without password (StoreUrl.where()).
        LOG.log(Level.WARNING, "office server " + where + ": " + failure.getMessage());
        if (failure instanceof StoreOpenException open) {
            return open.userMessage();
        }
        return I18n.tr("server.window.failed", where);
    }

    /** Keeps the password for the recent list; a keyring that refuses costs only typing it again next time. */
    static void keep(ServerPasswords passwords, String where, String password) {
        try {
            passwords.remember(where, password);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "password not kept for " + where + ": " + e.getMessage());
        }
    }
}
