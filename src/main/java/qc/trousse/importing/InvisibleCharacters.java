package qc.trousse.importing;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Characters that change how a name reads without showing themselves: bidirectional overrides (U+202E turns
 * « Zoé » into « éoZ » on screen), zero-width spaces and joiners, tag characters, the soft hyphen; every
 * Unicode "format" character. A name holding one is kept with a visible mark in its place, ⟨U+202E⟩, so the
 * list, the screen and the certificate all show the same thing and the office can correct it.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** The text with each invisible character replaced by its visible mark. */
    public static String visible(String text) {
        if (text.codePoints().noneMatch(InvisibleCharacters::isInvisible)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (isInvisible(cp)) {
                out.append(mark(cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The marks of the invisible characters in the text, in order, once each: "⟨U+202E⟩ ⟨U+200B⟩". */
    public static String marks(String text) {
        Set<String> found = new LinkedHashSet<>();
        text.codePoints().filter(InvisibleCharacters::isInvisible).forEach(cp -> found.add(mark(cp)));
        return String.join(" ", found);
    }

    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    static String mark(int cp) {
        return "⟨U+" + String.format(Locale.ROOT, "%04X", cp) + "⟩";
    }
}
