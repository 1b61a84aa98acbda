package qc.trousse.certificates.render;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one document, each loaded once (with subset embedding) the first time a page needs it and
 * shared by every later page: loading per page multiplies time and size.
 */
final class DocumentFonts {
    private final PDDocument document;
    private final Map<String, PDType0Font> loaded = new HashMap<>();
    private final BatchResources batch;

    DocumentFonts(PDDocument document) {
        this(document, null);
    }

    DocumentFonts(PDDocument document, BatchResources batch) {
        this.document = document;
        this.batch = batch;
    }

    PDType0Font font(String file) throws IOException {
        PDType0Font font = loaded.get(file);
        if (font == null) {
            // In a batch the font is parsed once and each document subsets it; alone, the document parses it.
            font = batch != null ? PDType0Font.load(document, batch.font(file), true)
                    : PDType0Font.load(document, new RandomAccessReadBuffer(FontCatalog.get().bytes(file)), true, false);
            loaded.put(file, font);
        }
        return font;
    }

    /** Shows the run in its font; in a batch, its characters are noted for the batch's subsets. */
    void show(PDPageContentStream cs, TextRun run, float size) throws IOException {
        PDType0Font font = font(run.fontFile());
        cs.setFont(font, size);
        cs.showText(run.text());
        if (batch != null) {
            batch.subsets().shown(document, run.fontFile(), font, run.text());
        }
    }

    /** The width of the runs at a size of 1 point. */
    double width(List<TextRun> runs) throws IOException {
        double w = 0;
        for (TextRun run : runs) {
            w += font(run.fontFile()).getStringWidth(run.text()) / 1000.0;
        }
        return w;
    }
}
