package qc.trousse.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import qc.trousse.cli.GlobalOptions;
import qc.trousse.store.DataFileLocation;
import qc.trousse.store.PreferencesUserSettings;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;

/** The JavaFX application. Options come from the launcher, parsed once. */
public final class TrousseApp extends Application {
    private static GlobalOptions options;
    private static PrintStream smokeOut;

    /** Starts the window; with --smoke, prints "ready <ms>" at the first frame and exits. */
    public static void launch(GlobalOptions parsed, PrintStream out) {
        options = parsed;
        smokeOut = out;
        Application.launch(TrousseApp.class);
    }

    @Override
    public void start(Stage stage) {
        var data = options.data().orElseGet(DataFileLocation::defaultFile);
        var shown = AppAssembly.show(stage, data, PreferencesUserSettings.forUser(), options.lang(),
                Clock.systemDefaultZone());
        if (shown.isEmpty()) {
            Platform.exit();
            return;
        }
        if (options.smoke()) {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    smokeOut.println("ready " + ms);
                    smokeOut.flush();
                    // A direct Platform.exit() from this callback hung under GTK; deferring it exits cleanly.
                    Platform.runLater(stage::close);
                }
            }.start();
        }
    }
}
