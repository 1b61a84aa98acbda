package qc.trousse.ui;

import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.UserSettings;

/**
 * The store the window is on, as the window names and remembers it: the file by its name and path, the server by
 * its address without password.
 */
public final class OpenStores {
    private OpenStores() {
    }

    public static String name(Session s) {
        return s.file() instanceof DataFile data ? data.path().getFileName().toString() : s.where();
    }

    /** Puts the store first in the recent list of its kind (and as the one to reopen at start-up). */
    static void remember(UserSettings settings, Session s) {
        if (s.file() instanceof DataFile data) {
            settings.addRecentFile(data.path());
        } else {
            settings.addRecentServer(s.where());
        }
    }

    public static String status(Session s) {
        return s.file() instanceof DataFile data ? I18n.tr("status.file", data.path())
                : I18n.tr("status.server", s.where());
    }
}
