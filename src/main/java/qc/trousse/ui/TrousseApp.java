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

    /**
     * Starts the window; with --smoke, prints "ready <ms>" at the first frame and exits; with --screenshots,
     * writes a picture of every screen, prints their paths and exits.
     */
    public static void launch(GlobalOptions parsed, PrintStream out) {
        options = parsed;
        smokeOut = out;
        Application.launch(TrousseApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupMarks.mark("fx start");
        var data = options.data().orElseGet(DataFileLocation::defaultFile);
        if (options.smoke()) {
            // The first frame is the window a person sees; "loaded" follows when the file's content is on screen.
            atNextFrame(() -> {
                smokeOut.println("ready " + sinceJvmStart());
                StartupMarks.mark("first frame");
            });
        }
        java.util.function.Consumer<java.util.Optional<MainViewModel>> then = shown -> {
            if (shown.isEmpty()) {
                Platform.exit();
            } else if (options.screenshots().isPresent()) {
                var folder = options.screenshots().get().folder();
                ScreenshotTour.run(stage, options.screenshots().get(), files -> {
                    files.forEach(f -> smokeOut.println(f.toAbsolutePath()));
                    // Then the main dialogs, and Fichier → Base du bureau… last.
                    DialogShots.run(stage, shown.get(), folder, dialogs -> {
                        dialogs.forEach(f -> smokeOut.println(f.toAbsolutePath()));
                        qc.trousse.ui.server.OfficeServerShot.take(stage, shown.get().officeServer().orElseThrow(),
                                folder, shot -> {
                                    smokeOut.println(shot.toAbsolutePath());
                                    smokeOut.flush();
                                    Platform.runLater(stage::close);
                                });
                    });
                });
            } else if (options.smoke()) {
                atNextFrame(() -> {
                    smokeOut.println("loaded " + sinceJvmStart());
                    StartupMarks.taken().forEach(smokeOut::println);
                    // A direct Platform.exit() from a frame callback hung under GTK; deferring it is clean.
                    Platform.runLater(stage::close);
                });
            }
        };
        var settings = PreferencesUserSettings.forUser();
        StartupMarks.mark("settings");
        if (options.data().isPresent()) {
            AppAssembly.showQuickly(stage, data, settings, options.lang(), Clock.systemDefaultZone(), then);
        } else {
            // Without --data: the store used last, the office's server or a file, as the user left it.
            AppAssembly.showLastStore(stage, data, settings, options.lang(), Clock.systemDefaultZone(), then);
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void atNextFrame(Runnable action) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                action.run();
                smokeOut.flush();
            }
        }.start();
    }
}
