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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** `--screenshots DIR`: every screen of the sidebar, clicked in turn and written as the window shows it. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {
    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowFixture.open(stage, dir.resolve("tour.db"), new MemoryUserSettings(), Lang.FR);
    }

    @Test
    void everyScreenIsWrittenAtTheLaptopSizeAndEachShowsSomethingOfItsOwn() throws Exception {
        Path folder = dir.resolve("shots");
        var request = GlobalOptions.parse(new String[] {"--screenshots", folder.toString()}).screenshots()
                .orElseThrow();
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        Platform.runLater(() -> ScreenshotTour.run(stage, request, done::complete));
        List<Path> files = done.get(120, TimeUnit.SECONDS);

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("home.png", "profile.png",
                "gestures.png", "cocktail.png", "checkin.png", "posts.png", "recipients.png", "onsite.png",
                "certificate-design.png", "report.png");
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
    }

    @Test
    void aSizeThatIsNotWidthByHeightIsRefusedByName() {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(qc.trousse.cli.UsageException.class,
                () -> GlobalOptions.parse(new String[] {"--screenshots", "x", "--size", "grand"}));
        assertThat(thrown.key()).isEqualTo("cli.badSize");
        assertThat(thrown.args()).containsExactly("grand");
    }
}
