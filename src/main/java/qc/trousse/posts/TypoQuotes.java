package qc.trousse.posts;

import java.util.ArrayList;
import java.util.List;

/**
 * Straight double quotes, taken in pairs: « … » with no-break spaces inside in French, “ … ” in English. A lone
 * quote is left for the writer to see; guessing its partner would move words around.
 */
final class TypoQuotes {
    private TypoQuotes() {
    }

    static List<int[]> pairs(String text, boolean[] kept) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"' && !kept[i]) {
                quotes.add(i);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k + 1 < quotes.size(); k += 2) {
            pairs.add(new int[] {quotes.get(k), quotes.get(k + 1)});
        }
        return pairs;
    }

    /** The opening quote and the spaces after it: [start, end) and what replaces it. */
    static TypoRemark open(String text, int at, boolean french) {
        int end = at + 1;
        while (french && end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        return remark(text, at, end, french ? "«" + Typography.NBSP : "“");
    }

    /** The closing quote and the spaces before it. */
    static TypoRemark close(String text, int at, boolean french) {
        int start = at;
        while (french && start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        return remark(text, start, at + 1, french ? Typography.NBSP + "»" : "”");
    }

    private static TypoRemark remark(String text, int start, int end, String with) {
        return new TypoRemark(TypoRule.STRAIGHT_QUOTES, start, end, with, text.codePointCount(0, start) + 1);
    }
}
