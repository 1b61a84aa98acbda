package qc.trousse.certificates.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names made from recipients' names that Windows, macOS and Linux all accept: no reserved characters or
 * device names, no trailing dot or space, at most 150 bytes, and no two alike even on a case-blind disk.
 */
public final class SafeFileNames {
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final int MAX_BYTES = 150;
    private final Set<String> taken = new HashSet<>();
    private final String fallback;

    public SafeFileNames(String fallback) {
        this.fallback = fallback;
    }

    /** Remembers a name already in the folder, so a new file never replaces it. */
    public void reserve(String fileName) {
        taken.add(fileName.toLowerCase(Locale.ROOT));
    }

    /** A unique "<name>.pdf" for this recipient. */
    public String next(String recipientName, String extension) {
        String base = clean(recipientName);
        if (base.isEmpty()) {
            base = fallback;
        }
        String candidate = base + extension;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + " (" + n + ")" + extension;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    static String clean(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || "<>:\"/\\|?*".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.PRIVATE_USE) {
                b.append(' ');
            } else {
                b.appendCodePoint(Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp);
            }
        });
        String out = b.toString().replaceAll(" {2,}", " ").strip();
        out = truncate(out);
        out = out.replaceAll("[. ]+$", "").replaceAll("^[. ]+", "");
        if (RESERVED.matcher(out).matches()) {
            out = "_" + out;
        }
        return out;
    }

    private static String truncate(String s) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            b.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
