package qc.trousse.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encodings a CSV from an office arrives in. A French Excel writes Windows-1252 ("CSV (séparateur :
 * point-virgule)") or UTF-8 with a BOM ("CSV UTF-8"); "Texte Unicode" is UTF-16 with a BOM.
 */
public enum TextEncoding {
    UTF8("UTF-8", StandardCharsets.UTF_8),
    UTF8_BOM("UTF-8 (BOM)", StandardCharsets.UTF_8),
    UTF16LE_BOM("UTF-16 LE (BOM)", StandardCharsets.UTF_16LE),
    UTF16BE_BOM("UTF-16 BE (BOM)", StandardCharsets.UTF_16BE),
    WINDOWS_1252("Windows-1252", Charset.forName("windows-1252")),
    /** Rows added to a UTF-8 list by a program writing Windows-1252: each line is decoded on its own. */
    MIXED("UTF-8 + Windows-1252", StandardCharsets.UTF_8);

    private final String label;
    private final Charset charset;

    TextEncoding(String label, Charset charset) {
        this.label = label;
        this.charset = charset;
    }

    public String label() {
        return label;
    }

    /** Length of the byte-order mark this encoding was recognised by. */
    int bomLength() {
        return switch (this) {
            case UTF8_BOM -> 3;
            case UTF16LE_BOM, UTF16BE_BOM -> 2;
            default -> 0;
        };
    }

    /** A byte-order mark decides; otherwise strict UTF-8, and on the first invalid byte Windows-1252. */
    static TextEncoding detect(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return UTF8_BOM;
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return UTF16LE_BOM;
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return UTF16BE_BOM;
        }
        if (isStrictUtf8(bytes)) {
            return UTF8;
        }
        // Not valid UTF-8: a single-byte Excel export (Windows-1252 is a superset of ISO-8859-1's letters),
        // unless valid UTF-8 accents are there too, in which case decoding it all as one would garble them.
        return hasUtf8Sequences(bytes) ? MIXED : WINDOWS_1252;
    }

    /**
     * The text as a stream of characters, without its byte-order mark: a 50 MB list is read through, never
     * held twice (bytes and text) in memory.
     */
    java.io.Reader reader(byte[] bytes) {
        if (this == MIXED) {
            return new java.io.StringReader(decodeByLine(bytes));
        }
        int skip = bomLength();
        return new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes, skip, bytes.length - skip), charset);
    }

    /** The first characters of the text, to sniff its separator. */
    String head(byte[] bytes, int chars) {
        try (java.io.Reader in = reader(bytes)) {
            char[] buffer = new char[chars];
            int n = 0;
            for (int r; n < chars && (r = in.read(buffer, n, chars - n)) > 0; ) {
                n += r;
            }
            return new String(buffer, 0, n);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Valid UTF-8 from end to end, checked piece by piece so that nothing the size of the file is made. */
    private static boolean isStrictUtf8(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return decoder.flush(out.clear()).isUnderflow();
            }
            out.clear();
        }
    }

    /** The text, without its byte-order mark. */
    String decode(byte[] bytes) {
        if (this == MIXED) {
            return decodeByLine(bytes);
        }
        int skip = bomLength();
        CharBuffer chars = charset.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        return chars.toString();
    }

    private static String decodeByLine(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            end = Math.min(end + 1, bytes.length);
            String line = strictUtf8(bytes, start, end - start);
            out.append(line != null ? line : WINDOWS_1252.charset.decode(ByteBuffer.wrap(bytes, start, end - start)));
            start = end;
        }
        return out.toString();
    }

    private static String strictUtf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null; // not UTF-8: the next encoding is tried
        }
    }

    /**
     * A UTF-8 letter: two bytes (é is C3 A9) or three (ᐃ is E1 90 83). Windows-1252 French text never has
     * "Ã©", nor a letter followed by two of its rarest symbols.
     */
    private static boolean hasUtf8Sequences(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            if (lead >= 0xC3 && lead <= 0xDF && continuation(bytes[i + 1])) {
                return true;
            }
            if (lead >= 0xE1 && lead <= 0xEF && i + 2 < bytes.length && continuation(bytes[i + 1])
                    && continuation(bytes[i + 2])) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuation(byte b) {
        int v = b & 0xFF;
        return v >= 0x80 && v <= 0xBF;
    }

    private static boolean starts(byte[] bytes, int... head) {
        if (bytes.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((bytes[i] & 0xFF) != head[i]) {
                return false;
            }
        }
        return true;
    }
}
