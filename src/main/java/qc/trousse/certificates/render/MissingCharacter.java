package qc.trousse.certificates.render;

import java.util.Locale;

/** A character of a certificate that no shipped font can print: it is reported, then left out of the page. */
public record MissingCharacter(String recipient, FieldId field, int codePoint) {
    public String character() {
        return new String(Character.toChars(codePoint));
    }

    /** "U+1F600", to name a character that may not show in the message either. */
    public String code() {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
