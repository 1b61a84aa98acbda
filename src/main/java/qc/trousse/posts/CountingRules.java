package qc.trousse.posts;

/**
 * What every network's rules share: the facts in force (limit, caps, from when), the key naming what is counted,
 * and how a count becomes a {@link PostLength} with the text's hashtags and links. Each rule set only says how it
 * counts.
 */
abstract class CountingRules implements NetworkRules {
    private final RuleFacts facts;
    private final String countsKey;

    CountingRules(RuleFacts facts, String countsKey) {
        this.facts = facts;
        this.countsKey = countsKey;
    }

    @Override
    public final RuleFacts facts() {
        return facts;
    }

    @Override
    public final String countsKey() {
        return countsKey;
    }

    /** The counted length, the UTF-8 bytes where the network caps them (0 otherwise) and where it overflows. */
    final PostLength length(String text, Tally counted, int bytes, int overAt) {
        return new PostLength(this, counted.total(), Hashtags.in(text).size(), TextEntities.urls(text, 0).size(),
                bytes, overAt);
    }
}
