package qc.trousse.posts;

/**
 * How one network counts a post, as its rules stand from a date. Each way of counting is one class
 * ({@link XRules}, {@link BlueskyRules}, {@link MastodonRules}, {@link CharacterRules}); the numbers come from
 * the dated rows of assets/data/networks.csv, so a change of rule is a new row, not new code.
 */
public interface NetworkRules {
    RuleFacts facts();

    /** What the length counts, as the key of its name: weighted characters, graphemes, characters. */
    String countsKey();

    PostLength measure(String text);

    default Network network() {
        return facts().network();
    }

    default int limit() {
        return facts().limit();
    }
}
