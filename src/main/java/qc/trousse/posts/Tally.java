package qc.trousse.posts;

import com.ibm.icu.text.BreakIterator;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Adds up a text's weight piece by piece (a URL, a mention, one grapheme cluster) and remembers where the
 * first piece over the limit starts, so the editor can show the writer what does not fit.
 */
final class Tally {
    private final int limit;
    private int total;
    private int overAt = -1;

    Tally(int limit) {
        this.limit = limit;
    }

    /** A piece of text: [start, end) weighing weight. */
    record Piece(int start, int end, int weight) {
    }

    void add(int start, int weight) {
        total += weight;
        if (overAt < 0 && total > limit) {
            overAt = start;
        }
    }

    int total() {
        return total;
    }

    /** Where the first character over the limit is, or -1 when the text fits. */
    int overAt() {
        return overAt;
    }

    /**
     * Walks the text: each entity (sorted, not overlapping) weighs what it says; the text between them is
     * weighed one extended grapheme cluster at a time, as ICU's current Unicode segments it.
     */
    void walk(String text, List<Piece> entities, ToIntFunction<String> cluster) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int i = 0;
        int next = 0;
        while (i < text.length()) {
            if (next < entities.size() && entities.get(next).start() <= i) {
                Piece e = entities.get(next++);
                if (e.end() > i) {
                    add(i, e.weight());
                    i = e.end();
                }
                continue;
            }
            int end = clusters.following(i);
            if (next < entities.size()) {
                end = Math.min(end, entities.get(next).start());
            }
            add(i, cluster.applyAsInt(text.substring(i, end)));
            i = end;
        }
    }

    /** The number of extended grapheme clusters (what a person sees as one character). */
    static int graphemes(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int n = 0;
        while (clusters.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }
}
