package qc.trousse.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import qc.trousse.campaign.CampaignLoader;
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

/**
 * Builds the window from its parts: the real app and the UI tests go through the same code, with their own
 * settings, file and clock.
 */
public final class AppAssembly {
    private AppAssembly() {
    }

    /** Opens the file (asking the user if it cannot be opened) and shows the window; empty if they gave up. */
    public static Optional<MainViewModel> show(Stage stage, Path data, UserSettings settings, Optional<Lang> lang,
                                               Clock clock) {
        I18n.setLanguage(lang.or(settings::language).orElse(Lang.FR));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DialogService dialogs = new FxDialogService(() -> stage);
        SessionOpener opener = new SessionOpener(dialogs, CampaignLoader.jps2020(), Ridings.load());
        Optional<Session> session = opener.openOrAsk(data);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        MainViewModel model = new MainViewModel(session.get(), dialogs, settings, opener);
        BackgroundExecutor executor = new FxBackgroundExecutor();
        String first = session.get().office().profile().isComplete() ? Screens.HOME : Screens.PROFILE;
        new MainWindow(stage, model, s -> Screens.of(s, dialogs, executor, clock), first);
        stage.setOnHidden(e -> model.close());
        stage.show();
        return Optional.of(model);
    }
}
