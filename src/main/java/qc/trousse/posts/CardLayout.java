package qc.trousse.posts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A message fitted into a box: the largest font size at which the wrapped lines fit, shrinking as far as
 * needed so that no word is ever cut off. Words too long for a line (a long URL) are split across lines.
 */
public record CardLayout(float size, List<String> lines, int lineHeight) {
    static final float LARGEST = 76;
    static final float SMALLEST = 4;

    public static CardLayout fit(Graphics2D g, Font base, String text, int width, int height) {
        for (float size = LARGEST; size > SMALLEST; size -= size > 30 ? 2 : 1) {
            CardLayout layout = at(g, base, text, width, size);
            if (layout.lines.size() * layout.lineHeight <= height) {
                return layout;
            }
        }
        return at(g, base, text, width, SMALLEST);
    }

    private static CardLayout at(Graphics2D g, Font base, String text, int width, float size) {
        FontMetrics m = g.getFontMetrics(base.deriveFont(size));
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\r?\\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (m.stringWidth(candidate) <= width) {
                    line = new StringBuilder(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                line = new StringBuilder(word);
                while (m.stringWidth(line.toString()) > width && line.length() > 1) {
                    int cut = line.length() - 1;
                    while (cut > 1 && m.stringWidth(line.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line = new StringBuilder(line.substring(cut));
                }
            }
            lines.add(line.toString());
        }
        return new CardLayout(size, List.copyOf(lines), (int) Math.ceil(m.getHeight() * 1.08));
    }
}
