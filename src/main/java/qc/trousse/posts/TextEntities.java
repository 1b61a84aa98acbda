package qc.trousse.posts;

import com.twitter.twittertext.Extractor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The URLs and mentions in a post, found as the networks find them (twitter-text's extractor). */
final class TextEntities {
    private static final Extractor ANY_URL = new Extractor();
    private static final Extractor URL_WITH_SCHEME = new Extractor();
    /** Mastodon's own counter: a remote mention counts its local part only (app/javascript counter). */
    private static final Pattern REMOTE_MENTION = Pattern.compile(
            "(^|[^/\\w])@(([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]+)", Pattern.CASE_INSENSITIVE);

    static {
        URL_WITH_SCHEME.setExtractURLWithoutProtocol(false);
    }

    private TextEntities() {
    }

    /** Every link, with or without its scheme (journeesperseverancescolaire.com is a link too). */
    static List<Tally.Piece> urls(String text, int weight) {
        return pieces(ANY_URL, text, weight);
    }

    /** Links that start with their scheme, the only ones a Mastodon server shortens to 23. */
    static List<Tally.Piece> urlsWithScheme(String text, int weight) {
        return pieces(URL_WITH_SCHEME, text, weight);
    }

    /** Each "@name@server", weighing as "@name". */
    static List<Tally.Piece> remoteMentions(String text) {
        List<Tally.Piece> found = new ArrayList<>();
        Matcher m = REMOTE_MENTION.matcher(text);
        while (m.find()) {
            found.add(new Tally.Piece(m.start(2) - 1, m.end(2), 1 + m.group(3).length()));
        }
        return found;
    }

    /** Sorted by start; a piece that overlaps an earlier one is dropped, as Mastodon's extractor does. */
    static List<Tally.Piece> apart(List<Tally.Piece> pieces) {
        List<Tally.Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(Tally.Piece::start));
        List<Tally.Piece> kept = new ArrayList<>();
        for (Tally.Piece p : sorted) {
            if (kept.isEmpty() || p.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static List<Tally.Piece> pieces(Extractor extractor, String text, int weight) {
        List<Tally.Piece> found = new ArrayList<>();
        for (Extractor.Entity e : extractor.extractURLsWithIndices(text)) {
            found.add(new Tally.Piece(e.getStart(), e.getEnd(), weight < 0 ? e.getEnd() - e.getStart() : weight));
        }
        return found;
    }
}
