package qc.trousse.certificates.render;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts shipped in assets/fonts, read once per process: their bytes (each document embeds its own subset)
 * and their character maps, so coverage is known before anything is drawn.
 */
public final class FontCatalog {
    /** Tried in order for a character the field's own face lacks. */
    static final List<String> FALLBACKS = List.of("NotoSansCanadianAboriginal-Regular.ttf", "DejaVuSans.ttf");

    private static final FontCatalog INSTANCE = new FontCatalog();

    private final Map<String, byte[]> bytes = new java.util.HashMap<>();
    private final Map<String, CmapLookup> maps = new java.util.HashMap<>();
    private final Map<FontRole, List<String>> chains = new EnumMap<>(FontRole.class);

    private FontCatalog() {
        for (FontRole role : FontRole.values()) {
            List<String> chain = new ArrayList<>();
            chain.add(role.file());
            chain.addAll(FALLBACKS);
            chains.put(role, List.copyOf(chain));
            chain.forEach(this::read);
        }
    }

    public static FontCatalog get() {
        return INSTANCE;
    }

    /** The font files to try for a role, its own face first. */
    List<String> chain(FontRole role) {
        return chains.get(role);
    }

    byte[] bytes(String file) {
        return bytes.get(file);
    }

    /** The bytes a document embeds for a shipped font file (for comparisons with a hand-written loop). */
    public byte[] documentBytes(String file) {
        return bytes.get(file).clone();
    }

    /**
     * Hides the font's GSUB table from PDFBox. PDFBox 3.0 applies Latin ligature substitution on every string
     * shown and recompiles its rules each time, which made a page several times slower; names need no
     * ligatures (an "fi" prints as f and i), and nothing else on a certificate needs substitution. The table is
     * renamed in the directory, in memory only; the shipped files stay as they were.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                copy[at] = 'x';
                copy[at + 1] = 's';
                copy[at + 2] = 'u';
                copy[at + 3] = 'b';
            }
        }
        return copy;
    }

    boolean covers(String file, int codePoint) {
        return maps.get(file).getGlyphId(codePoint) > 0;
    }

    /** The first font of the role's chain that has the character, or null when none of them has it. */
    String fontFor(FontRole role, int codePoint) {
        for (String file : chains.get(role)) {
            if (covers(file, codePoint)) {
                return file;
            }
        }
        return null;
    }

    private void read(String file) {
        if (bytes.containsKey(file)) {
            return;
        }
        try (InputStream in = FontCatalog.class.getResourceAsStream("/assets/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing font /assets/fonts/" + file);
            }
            byte[] data = withoutSubstitutions(in.readAllBytes());
            // Parsed only for its character map; the document-side copy is parsed per document by PDFBox.
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
            CmapLookup map = ttf.getUnicodeCmapLookup();
            bytes.put(file, data);
            maps.put(file, map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
