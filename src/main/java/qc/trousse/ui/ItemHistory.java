package qc.trousse.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import qc.trousse.i18n.I18n;
import qc.trousse.report.StaffActivity;
import qc.trousse.store.ChangeLog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * « Historique… » on an item of a list (a recipient, a guest, a draft): who changed it and when, from the office
 * server's change log, newest first. Offered from the list's context menu, so the screens need not know of it.
 */
public final class ItemHistory {
    private final ChangeLog log;
    private final String table;

    private ItemHistory(ChangeLog log, String table) {
        this.log = log;
        this.table = table;
    }

    /**
     * Adds the entry to the context menu of the list with this id inside {@code view} (a table or a list view);
     * returns the view, so a screen's builder can wrap its own.
     */
    @SuppressWarnings("unchecked")
    public static <T> Node offer(Node view, String listId, ChangeLog log, String table, ToLongFunction<T> id,
                                 Function<T, String> name) {
        Node list = view.lookup("#" + listId);
        Supplier<T> chosen = list instanceof TableView<?> t ? () -> (T) t.getSelectionModel().getSelectedItem()
                : list instanceof ListView<?> l ? () -> (T) l.getSelectionModel().getSelectedItem() : () -> null;
        if (list instanceof Control control) {
            ItemHistory history = new ItemHistory(log, table);
            MenuItem open = new MenuItem(I18n.tr("history.menu"));
            open.setId("history-open");
            open.setOnAction(e -> {
                T item = chosen.get();
                if (item != null) {
                    history.show(id.applyAsLong(item), name.apply(item), control);
                }
            });
            ContextMenu menu = new ContextMenu(open);
            menu.setOnShowing(e -> open.setDisable(chosen.get() == null));
            control.setContextMenu(menu);
        }
        return view;
    }

    private void show(long id, String name, Node owner) {
        TableView<ChangeLog.Entry> rows = new TableView<>();
        rows.setId("history-table");
        DateTimeFormatter when = DateTimeFormatter.ofPattern(I18n.tr("activity.when"), I18n.language().locale());
        rows.getColumns().add(column("history.when", e -> when.format(e.at().atZone(ZoneId.systemDefault()))));
        rows.getColumns().add(column("history.who", ChangeLog.Entry::member));
        rows.getColumns().add(column("history.what", e -> I18n.tr("activity.action."
                + e.action().toLowerCase(java.util.Locale.ROOT)) + (e.what().isBlank() ? "" : " (" + StaffActivity.detail(e) + ")")));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.getItems().setAll(log.of(table, id));
        Label none = new Label(I18n.tr("activity.none"));
        none.setWrapText(true);
        rows.setPlaceholder(none);
        rows.setPrefSize(560, 300);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("history.title", name));
        dialog.setHeaderText(I18n.tr("history.title", name));
        dialog.getDialogPane().setContent(rows);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.tr("history.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.show();
    }

    private static TableColumn<ChangeLog.Entry, String> column(String key, Function<ChangeLog.Entry, String> text) {
        TableColumn<ChangeLog.Entry, String> c = new TableColumn<>(I18n.tr(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }
}
