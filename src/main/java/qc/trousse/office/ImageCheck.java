package qc.trousse.office;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Accepts a signature or logo only if it is really a PNG or JPEG of reasonable size. Dimensions are read from
 * the header, so a 40,000-pixel image is refused without being decoded into memory.
 */
public final class ImageCheck {
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_SIDE = 6000;

    private ImageCheck() {
    }

    public static OfficeImage read(Path file) throws ImageRejected {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImageRejected("image.notFound", file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImageRejected("image.tooLarge", file);
            }
            return fromBytes(Files.readAllBytes(file), file);
        } catch (IOException e) {
            throw new ImageRejected("image.unreadable", file);
        }
    }

    static OfficeImage fromBytes(byte[] bytes, Path file) throws ImageRejected {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageRejected("image.notImage", file);
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    throw new ImageRejected("image.notImage", file);
                }
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw new ImageRejected("image.tooBig", file);
                }
                return new OfficeImage(format, width, height, bytes);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageRejected("image.notImage", file);
        }
    }

    /** Why an image was refused: a message key and the file, for a sentence that names it. */
    public static final class ImageRejected extends Exception {
        private final String key;
        private final Path file;

        public ImageRejected(String key, Path file) {
            super(key + ": " + file);
            this.key = key;
            this.file = file;
        }

        public String key() {
            return key;
        }

        public Path file() {
            return file;
        }
    }
}
