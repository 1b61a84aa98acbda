package qc.trousse.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import qc.trousse.cli.GlobalOptions;
import qc.trousse.i18n.Lang;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `--screenshots DIR`: every screen of the sidebar, clicked in turn and written as the window shows it, then the
 * main dialogs (new edition, import preview, print confirmation), each closed without touching the demo week.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {
    @TempDir
    static Path dir;
    private Stage stage;
    private MainViewModel main;
    private Path demo;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        demo = dir.resolve("tour.db");
        Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), demo, StandardCopyOption.REPLACE_EXISTING);
        main = WindowFixture.open(stage, demo, new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void everyScreenIsWrittenAtTheLaptopSizeAndEachShowsSomethingOfItsOwn() throws Exception {
        Path folder = dir.resolve("shots");
        var request = GlobalOptions.parse(new String[] {"--screenshots", folder.toString()}).screenshots()
                .orElseThrow();
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        Platform.runLater(() -> ScreenshotTour.run(stage, request, screens -> DialogShots.run(stage, main, folder,
                dialogs -> done.complete(java.util.stream.Stream.concat(screens.stream(), dialogs.stream()).toList()))));
        List<Path> files = done.get(180, TimeUnit.SECONDS);

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("home.png", "profile.png",
                "gestures.png", "cocktail.png", "checkin.png", "posts.png", "recipients.png", "onsite.png",
                "certificate-design.png", "report.png", "new-edition.png", "edition-week.png",
                "import.png", "print.png");
        byte[] firstPixels = null;
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).as(file.toString()).isEqualTo(1280);
            assertThat(image.getHeight()).as(file.toString()).isEqualTo(800);
            byte[] pixels = Files.readAllBytes(file);
            if (firstPixels != null) {
                assertThat(Arrays.equals(pixels, firstPixels)).as(file + " differs from home.png").isFalse();
            }
            firstPixels = firstPixels == null ? pixels : firstPixels;
        }
        // Each dialog was shut as "Annuler" / "Non" would: nothing left open, no new file, nothing printed or added.
        assertThat(javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)).hasSize(1);
        try (var files2 = Files.list(dir)) {
            assertThat(files2.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("tour-20"));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + demo);
             var rows = c.createStatement().executeQuery(
                     "select count(*), sum(case when state = 'TO_PRINT' then 1 else 0 end) from recipient")) {
            rows.next();
            assertThat(rows.getInt(1)).as("recipients").isEqualTo(10);
            assertThat(rows.getInt(2)).as("still to print").isEqualTo(7);
        }
    }

    @Test
    void aSizeThatIsNotWidthByHeightIsRefusedByName() {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(qc.trousse.cli.UsageException.class,
                () -> GlobalOptions.parse(new String[] {"--screenshots", "x", "--size", "grand"}));
        assertThat(thrown.key()).isEqualTo("cli.badSize");
        assertThat(thrown.args()).containsExactly("grand");
    }
}
