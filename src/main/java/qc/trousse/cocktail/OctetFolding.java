package qc.trousse.cocktail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 §3.1 counts them, never inside a character's UTF-8
 * sequence. The library folds at 75 characters, which lets a line with accents reach 80 octets and one with
 * emoji 142: some calendars then cut the line mid-character or refuse the file.
 */
final class OctetFolding {
    static final int LIMIT = 75;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] FOLD = {'\r', '\n', ' '};

    private OctetFolding() {
    }

    /** The unfolded text (CRLF-separated content lines) as UTF-8 bytes, every physical line at most 75 octets. */
    static byte[] fold(String unfolded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(unfolded.length() + unfolded.length() / 20);
        String[] lines = unfolded.split("\r\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l == lines.length - 1 && lines[l].isEmpty()) {
                break; // the text ends with CRLF: no empty line after it
            }
            foldLine(lines[l], out);
            out.writeBytes(CRLF);
        }
        return out.toByteArray();
    }

    private static void foldLine(String line, ByteArrayOutputStream out) {
        int used = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            byte[] octets = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            if (used + octets.length > LIMIT) {
                out.writeBytes(FOLD);
                used = 1; // the continuation line's leading space is one of its 75 octets
            }
            out.writeBytes(octets);
            used += octets.length;
            i += Character.charCount(cp);
        }
    }
}
