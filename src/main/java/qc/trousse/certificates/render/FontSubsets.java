package qc.trousse.certificates.render;

import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import qc.trousse.pdf.EncodedCopies;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each font subset once per worker and batch, instead of once per file. Subsetting (PDFBox writes the subset,
 * parses it again, lists its widths and its text map, compresses it) was half the time of a file. Each file
 * embeds each face of the design with the glyphs of what the batch's fields set in that face say
 * ({@link BatchFonts#face}), not of its own texts only: the first file of a worker subsets it as PDFBox always
 * does and keeps a copy of the result; every later file gets a copy of that result (the same bytes PDFBox would
 * have written: subsetting depends on nothing else) and is written without subsetting again. The faces of the
 * title, the date and the office show the same characters on every page anyway; the name's face carries the
 * glyphs of the other names too, a few KB, and each file shows exactly what it showed. A fallback font, and a
 * face whose cut for the batch is over {@link #WHOLE_BATCH_GLYPHS} glyphs, keep only the file's own characters,
 * and their subsets are copied only between files that show the same ones. Texts shown with glyph substitutions
 * (which add glyphs beyond the characters) are subset every time. Not shared between threads, as
 * {@link BatchResources}.
 */
final class FontSubsets implements Closeable {
    /** Kept per worker at most; past that a new set of characters is subset without being kept (a few MB). */
    private static final int KEPT = 200;
    /**
     * The largest cut of a face whose batch characters every file embeds: a Latin alphabet with its accents,
     * digits and punctuation is about 150 glyphs, which the names of an office's batch rarely go beyond.
     */
    static final int WHOLE_BATCH_GLYPHS = 300;
    private final java.util.function.Function<String, Set<Integer>> batch;
    private final GlyphCount glyphs;
    private final int wholeBatch;
    private final Map<Key, COSDictionary> kept = new HashMap<>();
    /** The fonts each document being made has shown, and their characters, until it is saved. */
    private final Map<PDDocument, Map<String, Shown>> documents = new IdentityHashMap<>();
    private int copied;

    private record Key(String file, List<Integer> codePoints) {
    }

    /** How many glyphs the batch's cut of a font file holds. */
    interface GlyphCount {
        int of(String file) throws IOException;
    }

    FontSubsets(java.util.function.Function<String, Set<Integer>> batch, GlyphCount glyphs, int wholeBatch) {
        this.batch = batch;
        this.glyphs = glyphs;
        this.wholeBatch = wholeBatch;
    }

    private record Shown(PDType0Font font, Set<Integer> codePoints) {
    }

    /** Notes the characters of a text shown in the document with the font (as PDFBox notes them to subset). */
    void shown(PDDocument doc, String file, PDType0Font font, String text) {
        Shown s = documents.computeIfAbsent(doc, d -> new LinkedHashMap<>())
                .computeIfAbsent(file, f -> new Shown(font, new TreeSet<>()));
        text.codePoints().forEach(s.codePoints()::add);
    }

    /**
     * Writes the document as {@link PDDocument#save(OutputStream)} does, its fonts subset here: copied from a
     * kept subset, or subset and kept. Every font the document subsets goes through {@link #shown}.
     */
    void save(PDDocument doc, OutputStream out) throws IOException {
        Map<String, Shown> fonts = documents.remove(doc);
        if (fonts == null) {
            doc.save(out);
            return;
        }
        for (Map.Entry<String, Shown> e : fonts.entrySet()) {
            subset(doc, e.getKey(), e.getValue());
        }
        // What PDDocument.save does after subsetting its fonts (the fonts are subset above, not a second time).
        doc.getDocument().setIsXRefStream(true);
        COSWriter writer = new COSWriter(out, CompressParameters.DEFAULT_COMPRESSION);
        writer.write(doc);
    }

    private void subset(PDDocument doc, String file, Shown shown) throws IOException {
        PDType0Font font = shown.font();
        if (!font.willBeSubset()) {
            return;
        }
        if (font.getGsubData() != GsubData.NO_DATA_FOUND) {
            font.subset(); // glyphs chosen by substitution, not by characters alone: not the same key
            return;
        }
        Set<Integer> chars = shown.codePoints();
        Set<Integer> face = batch.apply(file);
        if (face != null && glyphs.of(file) <= wholeBatch) {
            chars.addAll(face);
            chars.forEach(font::addToSubset);
        }
        Key key = new Key(file, List.copyOf(chars));
        COSDictionary template = kept.get(key);
        if (template == null) {
            font.subset();
            if (kept.size() < KEPT) {
                // Its streams read once: every later file shares their compressed bytes (EncodedCopies).
                kept.put(key, EncodedCopies.copy(font.getCOSObject()));
            }
            return;
        }
        // The page's resources name this very dictionary: it takes the kept subset's content.
        COSDictionary copy = EncodedCopies.copy(template);
        COSDictionary dict = font.getCOSObject();
        dict.clear();
        dict.addAll(copy);
        copied++;
    }

    /** How many fonts were copied from a kept subset rather than subset again. */
    int copied() {
        return copied;
    }

    @Override
    public void close() throws IOException {
        documents.clear();
    }
}
