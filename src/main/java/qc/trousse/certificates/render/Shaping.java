package qc.trousse.certificates.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a text into runs, each in the first font of the role's chain that has its characters. Characters that
 * no shipped font has are left out and named, so they are reported instead of printing as a box or "?".
 */
final class Shaping {
    private Shaping() {
    }

    /** The runs and the characters that had to be left out. */
    record Result(List<TextRun> runs, Set<Integer> missing) {
        String text() {
            StringBuilder b = new StringBuilder();
            runs.forEach(r -> b.append(r.text()));
            return b.toString();
        }
    }

    static Result shape(String text, FontRole role) {
        FontCatalog catalog = FontCatalog.get();
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        List<TextRun> runs = new ArrayList<>();
        Set<Integer> missing = new LinkedHashSet<>();
        StringBuilder current = new StringBuilder();
        String currentFont = null;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                cp = cp == 0x00A0 || cp == 0x202F ? cp : ' ';
            }
            if (invisible(cp)) {
                continue;
            }
            String font = catalog.fontFor(role, cp);
            if (font == null && cp == 0x202F) {
                font = catalog.fontFor(role, ' ');
                cp = ' ';
            }
            if (font == null) {
                missing.add(cp);
                continue;
            }
            // Spaces stay in the run they fall in, so a name in one face is one run.
            if (cp == ' ' && currentFont != null && catalog.covers(currentFont, ' ')) {
                font = currentFont;
            }
            if (!font.equals(currentFont) && current.length() > 0) {
                runs.add(new TextRun(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new TextRun(currentFont, current.toString()));
        }
        return new Result(List.copyOf(runs), missing);
    }

    /** Joiners, variation selectors and other format characters draw nothing: dropping them loses nothing. */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
