package qc.trousse.certificates.render;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import qc.trousse.pdf.EncodedCopies;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the many one-page documents of a batch written by one worker share: each font parsed once (from the
 * batch's cut-down fonts, {@link BatchFonts}), each image decoded and compressed once. A new document then only
 * subsets the parsed fonts to its own characters and copies the image's compressed bytes, instead of parsing
 * megabytes of font and re-encoding a PNG per person (which was most of the time of one PDF per person). Not
 * shared between threads: a parsed font reads its glyphs lazily from its buffer. The texts fitted to their boxes
 * and the fonts' subsets ({@link FontSubsets}) are kept too, so what is the same on every certificate (the title,
 * the date, the office) is fitted and subset once per worker, not once per file.
 */
final class BatchResources implements Closeable {
    private final BatchFonts cutDown;
    private final Map<String, TrueTypeFont> fonts = new HashMap<>();
    /** The images, encoded once into a document that is never saved; their compressed bytes shared from there. */
    private final PDDocument images = new PDDocument();
    private final Map<java.nio.ByteBuffer, COSStream> encoded = new HashMap<>();
    /** The same array on every certificate of a batch: found without hashing it each time. */
    private final Map<byte[], COSStream> byIdentity = new IdentityHashMap<>();
    private final FontSubsets subsets;
    /** Fitting depends on the text, its box and the fonts' widths, which are the same in every file. */
    private final Map<DocumentResources.FitKey, FittedText> fitted = new HashMap<>();

    BatchResources(BatchFonts cutDown) {
        this(cutDown, FontSubsets.WHOLE_BATCH_GLYPHS);
    }

    /** With the largest cut-down font every file embeds whole (see {@link FontSubsets}). */
    BatchResources(BatchFonts cutDown, int wholeBatchGlyphs) {
        this.cutDown = cutDown;
        this.subsets = new FontSubsets(cutDown::face, file -> font(file).getNumberOfGlyphs(), wholeBatchGlyphs);
    }

    /** The batch's cut of the shipped font file, parsed the first time a document of the worker needs it. */
    TrueTypeFont font(String file) throws IOException {
        TrueTypeFont font = fonts.get(file);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(cutDown.bytes(file)));
            fonts.put(file, font);
        }
        return font;
    }

    Map<DocumentResources.FitKey, FittedText> fitted() {
        return fitted;
    }

    /** The fonts subset once per set of characters, and the saving of each document through them. */
    FontSubsets subsets() {
        return subsets;
    }

    /** The image for these bytes in a document of the batch, sharing the compressed bytes of its stream. */
    PDImageXObject image(byte[] bytes) throws IOException {
        COSStream template = byIdentity.get(bytes);
        if (template == null) {
            template = encoded.get(java.nio.ByteBuffer.wrap(bytes));
            if (template == null) {
                template = EncodedCopies.copy(
                        PDImageXObject.createFromByteArray(images, bytes, "image").getCOSObject());
                encoded.put(java.nio.ByteBuffer.wrap(bytes), template);
            }
            byIdentity.put(bytes, template);
        }
        return new PDImageXObject(new PDStream(EncodedCopies.copy(template)), null);
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : fonts.values()) {
            font.close();
        }
        images.close();
        subsets.close();
    }
}
