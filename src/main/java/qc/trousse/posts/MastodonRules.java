package qc.trousse.posts;

import java.util.ArrayList;
import java.util.List;

/**
 * Mastodon, as its server validates a post (StatusLengthValidator): grapheme clusters, every URL with its
 * scheme counts 23, a mention "@name@server" counts "@name". The limit is the office's server's own (500 by
 * default; many servers allow more), a setting of the file.
 */
final class MastodonRules extends CountingRules {
    private final int limit;

    MastodonRules(RuleFacts facts, OfficeNetworks office) {
        super(facts, "posts.counts.graphemes");
        this.limit = office.mastodonLimit() > 0 ? office.mastodonLimit() : facts().limit();
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public PostLength measure(String text) {
        List<Tally.Piece> entities = new ArrayList<>(TextEntities.urlsWithScheme(text, facts().caps().urlLength()));
        entities.addAll(TextEntities.remoteMentions(text));
        Tally tally = new Tally(limit);
        tally.walk(text, TextEntities.apart(entities), c -> 1);
        return length(text, tally, 0, tally.overAt());
    }
}
