package qc.trousse.certificates.render;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.Locale;

/** The sheets a certificate prints on, always landscape. */
public enum Paper {
    LETTER(PDRectangle.LETTER), A4(PDRectangle.A4);

    private final PDRectangle portrait;

    Paper(PDRectangle portrait) {
        this.portrait = portrait;
    }

    /** The page box in points, landscape. */
    public PDRectangle landscape() {
        return new PDRectangle(portrait.getHeight(), portrait.getWidth());
    }

    public float widthPoints() {
        return portrait.getHeight();
    }

    public float heightPoints() {
        return portrait.getWidth();
    }

    /** "letter" or "a4", any case, as typed on a command line. */
    public static Paper parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "letter", "lettre", "us-letter" -> LETTER;
            case "a4" -> A4;
            default -> throw new IllegalArgumentException(text);
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
