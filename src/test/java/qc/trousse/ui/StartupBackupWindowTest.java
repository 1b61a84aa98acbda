package qc.trousse.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.i18n.Lang;
import qc.trousse.store.Backups;
import qc.trousse.store.DataFile;
import qc.trousse.store.ProfileRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's start shows the file first and makes the day's backup after, on a real file. */
@ExtendWith(ApplicationExtension.class)
class StartupBackupWindowTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theDaysBackupIsMadeOnceTheFileIsShownAndHoldsTheFile(FxRobot robot) throws Exception {
        Path data = dir.resolve("bureau.db");
        Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), data);
        MemoryUserSettings settings = new MemoryUserSettings();

        MainViewModel shown = startAndWaitForTheBackup(robot, data, settings);

        assertThat(shown.session().get().path()).isEqualTo(data.toAbsolutePath().normalize());
        assertThat(settings.recentFiles()).as("remembered off the FX thread, once")
                .containsExactly(data.toAbsolutePath().normalize());
    }

    private MainViewModel startAndWaitForTheBackup(FxRobot robot, Path data, MemoryUserSettings settings)
            throws Exception {
        AtomicReference<MainViewModel> shown = new AtomicReference<>();
        AtomicReference<List<Backups.Dated>> backupsWhenShown = new AtomicReference<>();

        robot.interact(() -> AppAssembly.showQuickly(stage, data, settings, Optional.of(Lang.FR),
                WindowFixture.CAMPAIGN_MONDAY, model -> {
                    backupsWhenShown.set(Backups.list(data));
                    shown.set(model.orElseThrow());
                }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown.get() != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !Backups.list(data).isEmpty());
        robot.interact(stage::close); // closing waits for a copy under way; the file is then free

        assertThat(backupsWhenShown.get()).as("no copy stands between the file opened and the file shown").isEmpty();
        Backups.Dated today = Backups.list(data).get(0);
        assertThat(today.day()).isEqualTo(LocalDate.now());
        DataFile.inspect(today.file());
        try (DataFile copy = DataFile.open(today.file());
             DataFile original = DataFile.open(data)) {
            assertThat(new ProfileRepository(copy).load()).isEqualTo(new ProfileRepository(original).load());
        }
        try (var files = Files.list(Backups.folderOf(data))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        return shown.get();
    }
}
