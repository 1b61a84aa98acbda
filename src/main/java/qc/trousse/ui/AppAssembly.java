package qc.trousse.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.UserSettings;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.ui.task.FxBackgroundExecutor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds the window from its parts: the real app and the UI tests go through the same code, with their own
 * settings, file and clock.
 */
public final class AppAssembly {
    private final Stage stage;
    private final UserSettings settings;
    private final Clock clock;
    private final DialogService dialogs;
    private final BackgroundExecutor executor = new FxBackgroundExecutor();

    private AppAssembly(Stage stage, UserSettings settings, Optional<Lang> lang, Clock clock) {
        this.stage = stage;
        this.settings = settings;
        this.clock = clock;
        this.dialogs = new FxDialogService(() -> stage);
        I18n.setLanguage(lang.or(settings::language).orElse(Lang.FR));
    }

    /** The theme and the icon: parsing the theme and decoding the icon are the costliest steps of a first frame. */
    private void dress() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppIcon.apply(stage);
    }

    /** Opens the file (asking the user if it cannot be opened) and shows the window; empty if they gave up. */
    public static Optional<MainViewModel> show(Stage stage, Path data, UserSettings settings, Optional<Lang> lang,
                                               Clock clock) {
        AppAssembly app = new AppAssembly(stage, settings, lang, clock);
        app.dress();
        SessionOpener opener = app.opener(Editions.shipped(), Ridings.load());
        return opener.openOrAsk(data).map(session -> app.present(session, opener));
    }

    /**
     * Shows the window on a session already open, on the data file or on the office's server: the seam the
     * server connection and the tests that drive two staff members at once go through.
     */
    public static MainViewModel showSession(Stage stage, Session session, UserSettings settings, Optional<Lang> lang,
                                            Clock clock) {
        AppAssembly app = new AppAssembly(stage, settings, lang, clock);
        app.dress();
        return app.present(session, app.opener(Editions.shipped(), Ridings.load()));
    }

    /**
     * Shows the window at once with a light "opening…" content, opens the file and reads the campaign and ridings
     * off the FX thread, then fills the window. Problems with the file are asked about on the FX thread.
     */
    public static void showQuickly(Stage stage, Path data, UserSettings settings, Optional<Lang> lang, Clock clock,
                                   Consumer<Optional<MainViewModel>> whenReady) {
        AppAssembly app = new AppAssembly(stage, settings, lang, clock);
        // The first frame uses JavaFX's own theme, as a bare window does; the app's theme comes with its content.
        stage.setScene(StartupScene.create(data));
        stage.show();
        app.executor.submit(progress -> {
            Editions editions = Editions.shipped();
            Ridings ridings = Ridings.load();
            SessionOpener opener = app.opener(editions, ridings);
            try {
                return new Opened(opener, Optional.of(opener.open(data)));
            } catch (qc.trousse.store.DataFileException refused) {
                return new Opened(opener, Optional.empty());
            }
        }, opened -> {
            app.dress();
            // A refusal is asked about here, on the FX thread, where dialogs may be shown.
            Optional<Session> session = opened.session().or(() -> opened.opener().openOrAsk(data));
            whenReady.accept(session.map(s -> app.present(s, opened.opener())));
        }, failure -> {
            app.dress();
            app.dialogs.error(I18n.tr("open.title"), String.valueOf(failure.getMessage()));
            whenReady.accept(Optional.empty());
        });
    }

    private SessionOpener opener(Editions editions, Ridings ridings) {
        return new SessionOpener(dialogs, editions, ridings);
    }

    private MainViewModel present(Session session, SessionOpener opener) {
        MainViewModel model = new MainViewModel(session, dialogs, settings, opener);
        String first = session.office().profile().isComplete() ? Screens.HOME : Screens.PROFILE;
        Navigation navigation = new Navigation();
        MainWindow window = new MainWindow(stage, model, s -> Screens.of(s, dialogs, executor, clock, navigation),
                first);
        navigation.attach(window::show);
        stage.setOnHidden(e -> model.close());
        stage.show();
        return model;
    }

    private record Opened(SessionOpener opener, Optional<Session> session) {
    }
}
