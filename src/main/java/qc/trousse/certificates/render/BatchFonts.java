package qc.trousse.certificates.render;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped fonts cut down, once per batch, to the characters the batch's certificates use. A document made
 * from a whole font file pays for all its glyphs (PDFBox reads and lists the width of each of thousands before
 * it subsets); from this cut-down font it pays for a few hundred, and still subsets to its own characters, so
 * each file stays as small as before. Shared by the batch's workers: the bytes never change once made.
 */
final class BatchFonts {
    /** What a line break or a fitted text may add to what the fields say. */
    private static final String ALWAYS = " -\u00a0…";
    private final Set<Integer> codePoints = new TreeSet<>();
    /** Per font file of the design's fields, the characters of the fields set in it (before any fallback). */
    private final Map<String, Set<Integer>> byFace = new java.util.HashMap<>();
    private final Map<String, byte[]> cut = new ConcurrentHashMap<>();

    BatchFonts(List<CertificateFields> certificates, CertificateDesign design) {
        ALWAYS.codePoints().forEach(codePoints::add);
        for (FieldId id : FieldId.values()) {
            if (!id.isImage() && design.style(id).visible()) {
                byFace.computeIfAbsent(design.style(id).font().file(), file -> new TreeSet<>(codePoints));
            }
        }
        for (CertificateFields f : certificates) {
            for (FieldId id : FieldId.values()) {
                if (!id.isImage()) {
                    Set<Integer> face = design.style(id).visible() ? byFace.get(design.style(id).font().file()) : null;
                    Normalizer.normalize(FieldTexts.text(id, f), Normalizer.Form.NFC).codePoints().forEach(cp -> {
                        codePoints.add(cp);
                        if (face != null) {
                            face.add(cp);
                        }
                    });
                }
            }
        }
    }

    /** The characters the batch's fields set in this font file may show; null for a fallback font. */
    Set<Integer> face(String file) {
        Set<Integer> face = byFace.get(file);
        return face == null ? null : java.util.Collections.unmodifiableSet(face);
    }

    /** The font file's bytes for this batch: its glyphs for the batch's characters, or the whole file. */
    byte[] bytes(String file) {
        return cut.computeIfAbsent(file, this::cutDown);
    }

    private byte[] cutDown(String file) {
        byte[] whole = FontCatalog.get().bytes(file);
        // The cut-down font's character map keeps the basic plane only: beyond it, the whole font is used.
        if (codePoints.stream().anyMatch(cp -> cp > 0xFFFF && FontCatalog.get().covers(file, cp))) {
            return whole;
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(whole))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
