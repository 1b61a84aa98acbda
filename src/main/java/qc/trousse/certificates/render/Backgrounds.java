package qc.trousse.certificates.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the official certificate the office downloaded: a PDF (its first page) or a PNG or JPEG image. */
public final class Backgrounds {
    private Backgrounds() {
    }

    /** The background in the file, or empty when it is neither a readable PDF nor a readable image. */
    public static Optional<Background> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                return doc.getNumberOfPages() > 0 ? Optional.of(new Background(Background.Kind.PDF, bytes))
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty(); // not a readable PDF: the screen says the file is not a background
            }
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) != null && isPngOrJpeg(bytes)
                    ? Optional.of(new Background(Background.Kind.IMAGE, bytes)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not a readable image: the screen says the file is not a background
        }
    }

    private static boolean isPngOrJpeg(byte[] b) {
        boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8;
        return png || jpeg;
    }
}
