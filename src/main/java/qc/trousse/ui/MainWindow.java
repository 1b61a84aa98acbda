package qc.trousse.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The main window: menus, the sidebar of features, the current screen and the status line. It owns its screens'
 * lifecycle ({@link ScreenLifecycle}): a screen is built when first shown and kept while reachable, so navigating
 * back shows the same screen, refreshed; on a language switch or a new file every screen is disposed and the
 * content rebuilt, and closing the window disposes them all once. The state lives in the view-models and the file.
 */
public final class MainWindow {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final Stage stage;
    private final MainViewModel model;
    private final Function<Session, List<Screen>> screens;
    private final BorderPane root = new BorderPane();
    private final Map<String, Built> built = new HashMap<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private List<Screen> all = List.of();
    private String currentScreen;
    private Built current;
    private ServerBanner banner;

    public MainWindow(Stage stage, MainViewModel model, Function<Session, List<Screen>> screens, String first) {
        this.stage = stage;
        this.model = model;
        this.screens = screens;
        this.currentScreen = first;
        Scene scene = new Scene(root, 1180, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("trousse.css").toExternalForm());
        // The app's undo wins over a text field's own, so Ctrl+Z always undoes the last saved edit.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
        // Tabbing through a long form brings the focused field into view.
        scene.focusOwnerProperty().addListener((o, a, focused) -> ScrollIntoView.reveal(focused));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        banner = new ServerBanner(model.session(), javafx.application.Platform::runLater);
        model.language().addListener((o, a, b) -> rebuild());
        model.session().addListener((o, a, b) -> rebuild());
        // Before the session is closed (the stage's onHidden), so screens stop following a session still open.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> disposeAll());
        rebuild();
    }

    /** Shows this screen: the one already built if there is one, refreshed; the first one for an unknown id. */
    public void show(String screenId) {
        Screen screen = all.stream().filter(s -> s.id().equals(screenId)).findFirst().orElse(all.get(0));
        currentScreen = screen.id();
        Built next = built.computeIfAbsent(screen.id(), id -> Built.of(screen.view().get()));
        if (current != null && current != next) {
            current.lifecycle().ifPresent(ScreenLifecycle::hidden);
        }
        current = next;
        root.setCenter(next.scroll());
        buttons.get(screen.id()).setSelected(true);
        next.lifecycle().ifPresent(ScreenLifecycle::shown);
    }

    private void rebuild() {
        disposeAll();
        stage.setTitle(I18n.tr("app.title") + " — " + model.session().get().campaign().shortName() + " — "
                + OpenStores.name(model.session().get()));
        all = screens.apply(model.session().get());
        root.setTop(new VBox(new MainMenu(model, stage::close, this::show, all).build(), bannerLabel()));
        root.setLeft(sidebar(all));
        root.setBottom(statusBar());
        show(currentScreen);
    }

    /** Every built screen is told once that it will not come back; the next show builds afresh. */
    private void disposeAll() {
        List<Built> dropped = List.copyOf(built.values());
        built.clear();
        current = null;
        dropped.forEach(b -> b.lifecycle().ifPresent(ScreenLifecycle::disposed));
    }

    /** A screen's view and the scroll pane it is shown in, kept together so its scroll position stays. */
    private record Built(Node view, ScrollPane scroll) {
        static Built of(Node view) {
            ScrollPane scroll = new ScrollPane(view);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("screen-scroll");
            return new Built(view, scroll);
        }

        Optional<ScreenLifecycle> lifecycle() {
            return view instanceof ScreenLifecycle l ? Optional.of(l) : Optional.empty();
        }
    }

    private VBox sidebar(List<Screen> all) {
        VBox bar = new VBox(4);
        bar.getStyleClass().add("sidebar");
        bar.setPadding(new Insets(12, 8, 12, 8));
        Label brand = new Label(I18n.tr("app.title"));
        brand.getStyleClass().add("brand");
        bar.getChildren().add(brand);
        ToggleGroup group = new ToggleGroup();
        buttons.clear();
        for (Screen screen : all) {
            ToggleButton button = new ToggleButton(I18n.tr(screen.titleKey()), new FontIcon(screen.icon()));
            button.setId("nav-" + screen.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setOnAction(e -> show(screen.id()));
            buttons.put(screen.id(), button);
            bar.getChildren().add(button);
        }
        // As wide as its longest entry, in either language, so no feature's name is cut.
        bar.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    /** Over the screens while the office's server does not answer; takes no room otherwise. */
    private Label bannerLabel() {
        Label label = new Label(banner.text());
        label.setId("server-banner");
        label.getStyleClass().add("server-banner");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.visibleProperty().bind(banner.shown());
        label.managedProperty().bind(banner.shown());
        return label;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.status());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label lang = new Label(I18n.language().code().toUpperCase());
        HBox bar = new HBox(8, new FontIcon("fth-save"), status, spring, lang);
        if (model.session().get().file() instanceof qc.trousse.store.ServerStore server) {
            // Who is working on the office's server, as they said at connection.
            Label member = new Label(I18n.tr("status.member", server.signedAs()));
            member.setId("status-member");
            bar.getChildren().add(bar.getChildren().size() - 1, member);
        }
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void undoKeys(KeyEvent e) {
        if (UNDO.match(e)) {
            model.undo();
            e.consume();
        } else if (REDO.match(e) || REDO_ALT.match(e)) {
            model.redo();
            e.consume();
        }
    }
}
