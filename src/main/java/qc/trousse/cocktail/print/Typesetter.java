package qc.trousse.cocktail.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import qc.trousse.i18n.I18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one document, loaded once and embedded as subsets, and text set in them. A character the
 * main font lacks (Canadian syllabics, say) is set in the next font that has it, so a name never loses a
 * letter; a character no font has stops the document with a message rather than printing a blank.
 */
public final class Typesetter {
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont syllabics;
    private final Map<PDFont, Map<Integer, Boolean>> coverage = new HashMap<>();

    public Typesetter(PDDocument doc) {
        this.regular = load(doc, "DejaVuSans.ttf");
        this.bold = load(doc, "DejaVuSans-Bold.ttf");
        this.syllabics = load(doc, "NotoSansCanadianAboriginal-Regular.ttf");
    }

    private static PDFont load(PDDocument doc, String name) {
        try (InputStream in = Typesetter.class.getResourceAsStream("/assets/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One stretch of text set in a single font. */
    record Run(String text, PDFont font) {
    }

    List<Run> runs(String text, boolean heavy) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", " ");
        List<PDFont> chain = heavy ? List.of(bold, regular, syllabics) : List.of(regular, syllabics);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            PDFont font = chain.stream().filter(f -> covers(f, cp)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException(I18n.tr("cocktail.print.noGlyph", String.format("U+%04X", cp), s)));
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    private boolean covers(PDFont font, int cp) {
        if (Character.isWhitespace(cp) || cp == 0x00A0) {
            return font != syllabics || cp == ' ';
        }
        return coverage.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false; // the font has no glyph for it: the next font is tried
            }
        });
    }

    public float width(String text, float size, boolean heavy) {
        float total = 0;
        try {
            for (Run run : runs(text, heavy)) {
                total += run.font().getStringWidth(run.text()) / 1000f * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /** Sets one line at (x, y) baseline. */
    public void show(PDPageContentStream cs, String text, float x, float y, float size, boolean heavy)
            throws IOException {
        float at = x;
        for (Run run : runs(text, heavy)) {
            cs.beginText();
            cs.setFont(run.font(), size);
            cs.newLineAtOffset(at, y);
            cs.showText(run.text());
            cs.endText();
            at += run.font().getStringWidth(run.text()) / 1000f * size;
        }
    }

    public void showCentred(PDPageContentStream cs, String text, float centreX, float y, float size, boolean heavy)
            throws IOException {
        show(cs, text, centreX - width(text, size, heavy) / 2, y, size, heavy);
    }

    /** The largest size up to {@code max}, not below {@code min}, at which the text fits the width. */
    public float fit(String text, float maxWidth, float max, float min, boolean heavy) {
        float size = max;
        while (size > min && width(text, size, heavy) > maxWidth) {
            size -= 0.5f;
        }
        return size;
    }

    /** Lines of text at one size. */
    public record Block(float size, List<String> lines) {
    }

    /**
     * The largest size at which the text fits the width in at most {@code maxLines} lines; at the smallest
     * size, all the lines it takes, so no word is ever dropped.
     */
    public Block block(String text, float maxWidth, float max, float min, int maxLines, boolean heavy) {
        for (float s = max; s > min; s -= 1) {
            float size = s;
            List<String> lines = wrap(text, maxWidth, size, heavy);
            if (lines.size() <= maxLines && lines.stream().allMatch(l -> width(l, size, heavy) <= maxWidth)) {
                return new Block(size, lines);
            }
        }
        return new Block(min, wrap(text, maxWidth, min, heavy));
    }

    /** Breaks text into lines no wider than the width, at spaces; a word too long keeps its own line. */
    public List<String> wrap(String text, float maxWidth, float size, boolean heavy) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).split("\\s+")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(tried, size, heavy) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
