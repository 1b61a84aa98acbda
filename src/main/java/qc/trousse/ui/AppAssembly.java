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
import qc.trousse.ui.server.OfficeServer;
import qc.trousse.ui.server.ServerFailures;
import qc.trousse.ui.server.ServerSessions;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.ui.task.FxBackgroundExecutor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

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
        this(stage, settings, lang, clock, UnaryOperator.identity());
    }

    private AppAssembly(Stage stage, UserSettings settings, Optional<Lang> lang, Clock clock,
                        UnaryOperator<DialogService> dialogs) {
        this.stage = stage;
        this.settings = settings;
        this.clock = clock;
        this.dialogs = dialogs.apply(new FxDialogService(() -> stage));
        Failures.catchUncaught(); // built on the FX thread, where event handlers run
        I18n.setLanguage(lang.or(settings::language).orElse(Lang.FR));
    }

    /**
     * The theme, read from its compiled form (.bss, shipped beside the .css): parsing its 170 KB of CSS stood on the
     * FX thread between the file opened and the file shown. The icon comes apart ({@link AppIcon}).
     */
    private void dress() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Opens the file (asking the user if it cannot be opened) and shows the window; empty if they gave up. */
    public static Optional<MainViewModel> show(Stage stage, Path data, UserSettings settings, Optional<Lang> lang,
                                               Clock clock) {
        AppAssembly app = new AppAssembly(stage, settings, lang, clock);
        app.dress();
        AppIcon.apply(stage);
        SessionOpener opener = app.opener(Editions.shipped(), Ridings.load());
        return opener.openOrAsk(data).map(session -> app.present(session, opener));
    }

    /**
     * Shows the window on a session already open, on the data file or on the office's server: the seam the
     * server connection and the tests that drive two staff members at once go through.
     */
    public static MainViewModel showSession(Stage stage, Session session, UserSettings settings, Optional<Lang> lang,
                                            Clock clock) {
        return showSession(stage, session, settings, lang, clock, UnaryOperator.identity());
    }

    /** The same over the window's dialogs as {@code dialogs} makes them (a test answers the system's chooser). */
    public static MainViewModel showSession(Stage stage, Session session, UserSettings settings, Optional<Lang> lang,
                                            Clock clock, UnaryOperator<DialogService> dialogs) {
        AppAssembly app = new AppAssembly(stage, settings, lang, clock, dialogs);
        app.dress();
        AppIcon.apply(stage);
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
        StartupMarks.mark("assembly");
        AppIcon.applyLater(stage, app.executor);
        stage.setScene(StartupScene.create(data));
        stage.show();
        StartupMarks.mark("startup scene shown");
        app.executor.submit(progress -> StartupOpening.open(data, settings), opened -> {
            StartupMarks.mark("opened, on FX");
            app.dress();
            StartupMarks.mark("dressed");
            SessionOpener opener = app.opener(opened.editions(), opened.ridings());
            if (opened.session().isEmpty()) {
                // A refusal is asked about here, on the FX thread, where dialogs may be shown.
                whenReady.accept(opener.openOrAsk(data).map(s -> app.present(s, opener)));
                return;
            }
            Session session = opened.session().get();
            MainViewModel model = app.present(session, opener);
            DailyBackup.afterShown((qc.trousse.store.DataFile) session.file(), app.executor);
            whenReady.accept(Optional.of(model));
        }, failure -> {
            app.dress();
            Failures.report(app.dialogs, I18n.tr("open.title"), String.valueOf(failure.getMessage()), failure);
            whenReady.accept(Optional.empty());
        });
    }

    /**
     * The window at start-up without --data: on the store used last, the office's server (password from the
     * keyring, member as remembered) or a file; if the server cannot be reached the user is told in one line and
     * the window opens on {@code file} instead.
     */
    public static void showLastStore(Stage stage, Path file, UserSettings settings, Optional<Lang> lang, Clock clock,
                                     Consumer<Optional<MainViewModel>> whenReady) {
        Optional<Path> lastFile = StartupOpening.lastFile(settings, file);
        if (lastFile.isPresent()) {
            showQuickly(stage, lastFile.get(), settings, lang, clock, whenReady);
            return;
        }
        String where = settings.lastStore().orElseThrow();
        AppAssembly app = new AppAssembly(stage, settings, lang, clock);
        AppIcon.applyLater(stage, app.executor);
        stage.setScene(StartupScene.create(where));
        stage.show();
        app.executor.submit(progress -> {
            Editions editions = Editions.shipped();
            Ridings ridings = Ridings.load();
            Session session = new ServerSessions(editions, ridings).reopen(where, settings, settings.passwords(),
                    System.getenv());
            return new Opened(app.opener(editions, ridings), Optional.of(session));
        }, opened -> {
            app.dress();
            whenReady.accept(Optional.of(app.present(opened.session().orElseThrow(), opened.opener())));
        }, failure -> {
            app.dress();
            Failures.report(app.dialogs, I18n.tr("server.window.title"), ServerFailures.sentence(where, failure), failure);
            showQuickly(stage, file, settings, lang, clock, whenReady);
        });
    }

    private SessionOpener opener(Editions editions, Ridings ridings) {
        return new SessionOpener(dialogs, editions, ridings);
    }

    private MainViewModel present(Session session, SessionOpener opener) {
        MainViewModel model = new MainViewModel(session, dialogs, settings, opener);
        model.handleConflicts(new qc.trousse.ui.conflicts.FxConflicts(() -> stage, dialogs));
        model.useOfficeServer(new OfficeServer(stage, dialogs, executor, remembered(), model));
        StartupMarks.mark("model");
        String first = session.office().profile().isComplete() ? Screens.HOME : Screens.PROFILE;
        Navigation navigation = new Navigation();
        MainWindow window = new MainWindow(stage, model, s -> Screens.of(s, dialogs, executor, clock, navigation),
                first);
        StartupMarks.mark("window built");
        navigation.attach(window::show);
        navigation.attachEditionWeek(() -> model.editionWeek().open());
        LiveWindow live = LiveWindow.attach(model);
        stage.setOnHidden(e -> {
            live.close();
            model.close();
        });
        stage.show();
        StartupMarks.mark("presented");
        return model;
    }

    private OfficeServer.Remembered remembered() {
        return new OfficeServer.Remembered(settings, settings.passwords(), System.getenv());
    }

    private record Opened(SessionOpener opener, Optional<Session> session) {
    }
}
