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

    /** The background, or why it cannot be one: a message key and its arguments, one sentence. */
    public record Verdict(Optional<Background> background, String reasonKey, Object... reasonArgs) {
    }

    /**
     * The background in the file, checked to make archivable certificates (PDF/A-2b): a PDF whose page uses a
     * font it does not carry cannot, and is refused naming the font. Read errors are a sentence too.
     */
    public static Verdict check(Path file) throws IOException {
        String name = file.getFileName().toString();
        Optional<Background> bg = read(file);
        if (bg.isEmpty()) {
            return new Verdict(bg, "design.badBackground", name);
        }
        if (bg.get().kind() == Background.Kind.PDF) {
            Optional<String> font = fontNotEmbedded(bg.get());
            if (font.isPresent()) {
                return new Verdict(Optional.empty(), "design.backgroundFontNotEmbedded", name, font.get());
            }
        }
        return new Verdict(bg, "", name);
    }

    /** The font a PDF background uses without carrying it; nothing for an image or a PDF that cannot be read. */
    static Optional<String> fontNotEmbedded(Background bg) {
        if (bg.kind() != Background.Kind.PDF) {
            return Optional.empty();
        }
        try (PDDocument doc = Loader.loadPDF(bg.raw())) {
            return doc.getNumberOfPages() == 0 ? Optional.empty()
                    : ArchivableBackground.fontNotEmbedded(doc.getPage(0).getResources());
        } catch (IOException e) {
            return Optional.empty(); // the painter meets the same bytes and says what is wrong with them
        }
    }

    private static boolean isPngOrJpeg(byte[] b) {
        boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8;
        return png || jpeg;
    }
}
