package qc.trousse.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.store.Backups;
import qc.trousse.store.Logs;
import qc.trousse.ui.server.OfficeServer;
import qc.trousse.ui.server.OfficeServerMenu;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Fichier, Édition, Affichage, Aide — built from the view-model, in the current language. */
final class MainMenu {
    private final MainViewModel model;
    private final Runnable quit;
    private final Consumer<String> showScreen;
    private final List<Screen> screens;

    MainMenu(MainViewModel model, Runnable quit, Consumer<String> showScreen, List<Screen> screens) {
        this.model = model;
        this.quit = quit;
        this.showScreen = showScreen;
        this.screens = screens;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), view(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu recent = new Menu(I18n.tr("menu.file.recent"));
        recent.setId("menu-recent");
        for (Path path : model.recentFiles()) {
            MenuItem item = new MenuItem(path.toString());
            item.setOnAction(e -> model.openPath(path));
            recent.getItems().add(item);
        }
        model.officeServer().ifPresent(server -> recent.getItems().addAll(OfficeServerMenu.recent(server)));
        recent.setDisable(recent.getItems().isEmpty());
        Menu menu = new Menu(I18n.tr("menu.file"));
        menu.setId("menu-file");
        MenuItem newEdition = item("menu-new-edition", "menu.file.newEdition", null,
                () -> model.files().newEdition());
        // A new edition is made from a file, into a new file.
        newEdition.setDisable(!(model.session().get().file() instanceof qc.trousse.store.DataFile));
        MenuItem importCampaign = item("menu-import-campaign", "menu.file.importCampaign", null,
                () -> model.files().importCampaign());
        // a received campaign replaces the open store's own edition, on a file or on the office's server alike
        menu.getItems().addAll(
                item("menu-new", "menu.file.new", "Shortcut+N", () -> model.files().newFile()),
                item("menu-open", "menu.file.open", "Shortcut+O", () -> model.files().open()),
                newEdition,
                importCampaign,
                item("menu-edition-week", "edition.week.open", null, () -> model.editionWeek().open()),
                recent,
                item("menu-save-copy", "menu.file.saveCopy", "Shortcut+Shift+S", this::saveCopy),
                new SeparatorMenuItem(),
                item("menu-quit", "menu.file.quit", "Shortcut+Q", quit));
        model.officeServer().ifPresent(server -> menu.getItems().addAll(4, OfficeServerMenu.items(server)));
        return menu;
    }

    /** On the office's server the copy is pulled from it, with progress; on a file, the file's own copy. */
    private void saveCopy() {
        model.officeServer().filter(OfficeServer::onServer).ifPresentOrElse(OfficeServer::saveCopy, () -> model.files().saveCopy());
    }

    private Menu edit() {
        MenuItem undo = item("menu-undo", "menu.edit.undo", "Shortcut+Z", model::undo);
        undo.textProperty().bind(model.undoText());
        undo.disableProperty().bind(model.canUndo().not());
        MenuItem redo = item("menu-redo", "menu.edit.redo", "Shortcut+Y", model::redo);
        redo.textProperty().bind(model.redoText());
        redo.disableProperty().bind(model.canRedo().not());
        Menu menu = new Menu(I18n.tr("menu.edit"), null, undo, redo);
        menu.setId("menu-edit");
        return menu;
    }

    private Menu view() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(I18n.tr("menu.view"));
        menu.setId("menu-view");
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            String accelerator = i < 9 ? "Shortcut+" + (i + 1) : null;
            menu.getItems().add(item("menu-show-" + screen.id(), screen.titleKey(), accelerator,
                    () -> showScreen.accept(screen.id())));
        }
        menu.getItems().add(new SeparatorMenuItem());
        for (Lang lang : Lang.values()) {
            RadioMenuItem item = new RadioMenuItem(I18n.tr("menu.view.lang." + lang.code()));
            item.setId("menu-lang-" + lang.code());
            item.setToggleGroup(group);
            item.setSelected(lang == I18n.language());
            item.setOnAction(e -> model.switchLanguage(lang));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu help() {
        Menu menu = new Menu(I18n.tr("menu.help"));
        menu.setId("menu-help");
        menu.getItems().add(item("menu-about", "menu.help.about", "F1", () -> {
            Alert about = new Alert(Alert.AlertType.INFORMATION);
            about.setTitle(I18n.tr("menu.help.about"));
            about.setHeaderText(I18n.tr("app.title"));
            if (model.session().get().file() instanceof qc.trousse.store.DataFile data) {
                Path file = data.path();
                about.setContentText(I18n.tr("about.text", file, Logs.folderOf(file), Backups.folderOf(file),
                        model.session().get().campaign().yearText()));
            } else {
                about.setContentText(I18n.tr("about.server", model.session().get().where(),
                        model.session().get().campaign().yearText()));
            }
            about.showAndWait();
        }));
        return menu;
    }

    private static MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(I18n.tr(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
