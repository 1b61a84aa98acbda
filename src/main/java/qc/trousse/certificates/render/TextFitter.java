package qc.trousse.certificates.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a text in a box: first on one line, shrinking down to the minimum size; then on more lines (up to the
 * field's limit), as large as the box allows; and if even that fails, smaller than the minimum, breaking
 * inside words as a last resort. The result never leaves its box.
 */
final class TextFitter {
    static final double LEADING = 1.18;
    private static final float FLOOR = 2f;
    private static final float STEP = 0.5f;

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\t]{2,}");
    private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("[ \\t]*\n+[ \\t]*");
    private final DocumentFonts fonts;
    private final FontRole role;
    private final Map<String, Double> unitWidths = new HashMap<>();
    private final Map<String, Shaping.Result> shapes = new HashMap<>();
    private java.util.Set<Integer> missing = java.util.Set.of();

    TextFitter(DocumentFonts fonts, FontRole role) {
        this.fonts = fonts;
        this.role = role;
    }

    FittedText fit(String text, double boxWidth, double boxHeight, float maxSize, float minSize, int maxLines)
            throws IOException {
        String clean = SPACES.matcher(BREAKS.matcher(text.strip()).replaceAll("\n")).replaceAll(" ");
        missing = shape(clean).missing();
        int forced = (int) clean.chars().filter(c -> c == '\n').count() + 1;
        for (int lines = Math.min(forced, maxLines); lines <= maxLines; lines++) {
            float start = (float) Math.min(maxSize, boxHeight / (lines * LEADING));
            float stop = lines == maxLines ? FLOOR : minSize;
            if (lines == 1 && forced == 1) {
                // One line: the size follows from the width, no need to try each step.
                double unit = width(clean);
                float fits = unit <= 0 ? start : (float) (boxWidth / unit);
                float size = fits >= start ? start : start - STEP * (float) Math.ceil((start - fits) / STEP);
                if (size >= stop && unit * size <= boxWidth) {
                    return result(List.of(clean), size);
                }
                continue;
            }
            for (float size = start; size >= stop; size -= STEP) {
                List<String> wrapped = wrap(clean, boxWidth / size, lines, false);
                if (wrapped != null) {
                    return result(wrapped, size);
                }
            }
        }
        for (float size = FLOOR; size > 0.2f; size *= 0.8f) {
            int lines = Math.max(1, (int) Math.floor(boxHeight / (size * LEADING)));
            List<String> wrapped = wrap(clean, boxWidth / size, lines, true);
            if (wrapped != null) {
                return result(wrapped, size);
            }
        }
        return result(List.of(), FLOOR);
    }

    /** Greedy wrap in unit widths; null when it needs more lines than allowed. */
    private List<String> wrap(String text, double unitWidth, int maxLines, boolean breakWords) throws IOException {
        List<String> lines = new ArrayList<>();
        // A line break in the text (the title's) is kept; each paragraph wraps on its own.
        for (String paragraph : text.split("\n")) {
            List<String> wrapped = wrapParagraph(paragraph, unitWidth, maxLines - lines.size(), breakWords);
            if (wrapped == null) {
                return null;
            }
            lines.addAll(wrapped);
        }
        return lines;
    }

    private List<String> wrapParagraph(String text, double unitWidth, int maxLines, boolean breakWords)
            throws IOException {
        List<String> lines = new ArrayList<>();
        if (maxLines <= 0) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate) <= unitWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (width(word) <= unitWidth) {
                line.append(word);
            } else if (breakWords) {
                line.append(breakWord(word, unitWidth, lines));
            } else {
                return null;
            }
            if (lines.size() >= maxLines) {
                return null;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.size() <= maxLines ? lines : null;
    }

    /** Puts whole pieces of a too-long word on lines; returns the piece left for the current line. */
    private String breakWord(String word, double unitWidth, List<String> lines) throws IOException {
        int start = 0;
        int previous = 0;
        for (int end = 0; end < word.length(); ) {
            end += Character.charCount(word.codePointAt(end));
            if (width(word.substring(start, end)) > unitWidth && previous > start) {
                lines.add(word.substring(start, previous));
                start = previous;
            }
            previous = end;
        }
        return word.substring(start);
    }

    private double width(String s) throws IOException {
        Double w = unitWidths.get(s);
        if (w == null) {
            w = fonts.width(shape(s).runs());
            unitWidths.put(s, w);
        }
        return w;
    }

    /** Each string is cut into runs once; a batch's fitter forgets everything now and then to stay small. */
    private Shaping.Result shape(String s) {
        Shaping.Result r = shapes.get(s);
        if (r == null) {
            if (shapes.size() > 20_000 || unitWidths.size() > 20_000) {
                shapes.clear();
                unitWidths.clear();
            }
            r = Shaping.shape(s, role);
            shapes.put(s, r);
        }
        return r;
    }

    private FittedText result(List<String> lines, float size) throws IOException {
        List<List<TextRun>> runs = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (String line : lines) {
            runs.add(shape(line).runs());
            widths.add(width(line) * size);
        }
        return new FittedText(size, runs, widths, LEADING, missing);
    }
}
