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
    WINDOWS_1252("Windows-1252", Charset.forName("windows-1252"));

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
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return UTF8;
        } catch (CharacterCodingException e) {
            // Not valid UTF-8: a single-byte Excel export. Windows-1252 is a superset of ISO-8859-1's letters.
            return WINDOWS_1252;
        }
    }

    /** The text, without its byte-order mark. */
    String decode(byte[] bytes) {
        int skip = bomLength();
        CharBuffer chars = charset.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        return chars.toString();
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
