package qc.trousse.ui.server;

import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import qc.trousse.i18n.I18n;

import java.util.ArrayList;
import java.util.List;

/** The office server's entries of the Fichier menu, kept here so the main menu only places them. */
public final class OfficeServerMenu {
    private OfficeServerMenu() {
    }

    /** Base du bureau… and Partager avec le bureau… (the latter from a file only). */
    public static List<MenuItem> items(OfficeServer server) {
        MenuItem connect = new MenuItem(I18n.tr("menu.file.officeServer"));
        connect.setId("menu-office-server");
        connect.setOnAction(e -> server.showConnect());
        MenuItem share = new MenuItem(I18n.tr("menu.file.shareWithOffice"));
        share.setId("menu-share-office");
        share.setDisable(server.onServer());
        share.setOnAction(e -> server.showShare());
        return List.of(connect, share);
    }

    /** The recent servers, by address without password, after the recent files. */
    public static List<MenuItem> recent(OfficeServer server) {
        List<MenuItem> items = new ArrayList<>();
        List<String> servers = server.recentServers();
        if (!servers.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        for (int i = 0; i < servers.size(); i++) {
            String where = servers.get(i);
            MenuItem item = new MenuItem(I18n.tr("menu.file.recentServer", where));
            item.setId("menu-recent-server-" + i);
            item.setOnAction(e -> server.reopen(where));
            items.add(item);
        }
        return items;
    }
}
