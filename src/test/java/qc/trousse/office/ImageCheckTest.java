package qc.trousse.office;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class ImageCheckTest {
    @TempDir
    Path dir;

    public static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void acceptsAPngAndKeepsItsBytes() throws Exception {
        Path file = Files.write(dir.resolve("logo.png"), png(120, 40));
        OfficeImage image = ImageCheck.read(file);
        assertThat(image.format()).isEqualTo("png");
        assertThat(image.width()).isEqualTo(120);
        assertThat(image.bytes()).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void refusesATextFileNamedPng() throws Exception {
        Path file = Files.writeString(dir.resolve("signature.png"), "pas une image");
        assertThatThrownBy(() -> ImageCheck.read(file))
                .isInstanceOfSatisfying(ImageCheck.ImageRejected.class,
                        e -> assertThat(e.key()).isEqualTo("image.notImage"));
    }

    @Test
    void refusesHugeDimensionsWithoutDecoding() throws Exception {
        Path file = Files.write(dir.resolve("big.png"), png(6001, 10));
        assertThatThrownBy(() -> ImageCheck.read(file))
                .isInstanceOfSatisfying(ImageCheck.ImageRejected.class,
                        e -> assertThat(e.key()).isEqualTo("image.tooBig"));
    }

    @Test
    void refusesFilesOverTenMegabytes() throws Exception {
        Path file = dir.resolve("heavy.png");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(png(10, 10));
            raf.setLength(ImageCheck.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> ImageCheck.read(file))
                .isInstanceOfSatisfying(ImageCheck.ImageRejected.class,
                        e -> assertThat(e.key()).isEqualTo("image.tooLarge"));
    }

    @Test
    void refusesATruncatedPng() throws Exception {
        byte[] whole = png(50, 50);
        Path file = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(whole, 12));
        assertThatThrownBy(() -> ImageCheck.read(file)).isInstanceOf(ImageCheck.ImageRejected.class);
    }
}
