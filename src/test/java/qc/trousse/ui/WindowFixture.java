package qc.trousse.ui;

import javafx.stage.Stage;
import qc.trousse.i18n.Lang;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Opens the real window on a test file, as the app does, with a clock set in the campaign week. */
public final class WindowFixture {
    /** Monday 17 February 2020, 9:00 in Québec: the first day of the campaign. */
    public static final Clock CAMPAIGN_MONDAY = Clock.fixed(
            LocalDate.of(2020, 2, 17).atTime(9, 0).atZone(ZoneId.of("America/Toronto")).toInstant(),
            ZoneId.of("America/Toronto"));

    private WindowFixture() {
    }

    public static MainViewModel open(Stage stage, Path data, MemoryUserSettings settings, Lang lang) {
        // A dialog or window left open by an earlier test would take the robot's clicks: start clean.
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != stage)
                .forEach(javafx.stage.Window::hide);
        // The window tests play the 2020 week on its Monday: a file made before the window opens it records 2020
        // (a file the window makes itself takes the edition in progress or next, see SessionOpenerTest).
        if (java.nio.file.Files.notExists(data)) {
            try {
                qc.trousse.store.DataFile.open(data).close();
            } catch (qc.trousse.store.DataFileException e) {
                throw new IllegalStateException(e);
            }
        }
        return AppAssembly.show(stage, data, settings, Optional.of(lang), CAMPAIGN_MONDAY)
                .orElseThrow(() -> new IllegalStateException("window did not open on " + data));
    }

    /** Opens the real window on a session already open (a store on the office's server, say). */
    public static MainViewModel openSession(Stage stage, qc.trousse.session.Session session,
                                            MemoryUserSettings settings, Lang lang) {
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != stage)
                .forEach(javafx.stage.Window::hide);
        return AppAssembly.showSession(stage, session, settings, Optional.of(lang), CAMPAIGN_MONDAY);
    }
}
