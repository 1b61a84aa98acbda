package qc.trousse.posts;

import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text made safe for one embedded font and wrapped to a width. A character the font lacks (a colour emoji)
 * becomes a visible box rather than an exception; joiners and variation selectors, which have no ink, go.
 */
final class PdfText {
    private final PDFont font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    PdfText(PDFont font) {
        this.font = font;
    }

    String safe(String text) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                return;
            }
            if (cp == '\n' || cp == '\r') {
                out.appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, this::encodable)) {
                out.appendCodePoint(cp);
            } else {
                out.append('\u25A1');
            }
        });
        return out.toString();
    }

    /**
     * Writes one line as a text-showing operator, one glyph per character. PDFBox's showText applies the
     * font's Latin ligatures ("fi" → "ﬁ"), after which the PDF's text reads "ﬁèrement": a search for
     * "fièrement", or a copy-paste back into a post, would miss it. French reads well without ligatures.
     */
    void show(PDPageContentStream page, String line) throws IOException {
        byte[] encoded = font.encode(line);
        if (font.willBeSubset()) {
            line.codePoints().forEach(font::addToSubset);
        }
        ByteArrayOutputStream operand = new ByteArrayOutputStream();
        COSWriter.writeString(encoded, operand);
        page.appendRawCommands(operand.toByteArray());
        page.appendRawCommands(" Tj\n");
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Lines no wider than the width; only ordinary spaces break a line, so no-break spaces hold. */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : safe(text).split("\\r?\\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, size) <= maxWidth || line.length() == 0) {
                    line = new StringBuilder(candidate);
                } else {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                }
                while (width(line.toString(), size) > maxWidth && line.length() > 1) {
                    int cut = line.length() - 1;
                    while (cut > 1 && width(line.substring(0, cut), size) > maxWidth) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line = new StringBuilder(line.substring(cut));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private boolean encodable(int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
