package qc.trousse.posts;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bluesky: 300 graphemes (extended grapheme clusters of current Unicode, by ICU4J; the JDK 17 iterator splits
 * ZWJ sequences) and 3,000 UTF-8 bytes. A link counts in full, as written in the text.
 */
final class BlueskyRules extends CountingRules {
    BlueskyRules(RuleFacts facts, OfficeNetworks office) {
        super(facts, "posts.counts.graphemes");
    }

    @Override
    public PostLength measure(String text) {
        Tally graphemes = new Tally(limit());
        graphemes.walk(text, List.of(), c -> 1);
        Tally bytes = new Tally(facts().caps().bytes());
        bytes.walk(text, List.of(), c -> c.getBytes(StandardCharsets.UTF_8).length);
        int over = graphemes.overAt() < 0 ? bytes.overAt()
                : bytes.overAt() < 0 ? graphemes.overAt() : Math.min(graphemes.overAt(), bytes.overAt());
        return length(text, graphemes, bytes.total(), over);
    }
}
