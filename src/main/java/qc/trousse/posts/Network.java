package qc.trousse.posts;

import qc.trousse.office.SocialHandles;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The networks an office posts on, each with the class that counts as it counts. Limits and their dates are
 * data (assets/data/networks.csv, through {@link NetworkRuleBook}); this is the one place that ties a network
 * to its way of counting.
 */
public enum Network {
    X("X", XRules::new, SocialHandles::x, Look.LANDSCAPE_IN_TEXT, null),
    FACEBOOK("Facebook", CharacterRules::new, SocialHandles::facebook, Look.LANDSCAPE_IN_TEXT, null),
    INSTAGRAM("Instagram", CharacterRules::new, SocialHandles::instagram,
            new Look(CardSize.SQUARE, HashtagStyle.BLOCK_AT_END), null),
    LINKEDIN("LinkedIn", CharacterRules::new, SocialHandles::linkedin, Look.LANDSCAPE_IN_TEXT, null),
    // Short public posts read like X's; Threads' photo-led posts like Instagram's.
    BLUESKY("Bluesky", BlueskyRules::new, SocialHandles::bluesky, Look.LANDSCAPE_IN_TEXT, X),
    THREADS("Threads", CharacterRules::new, SocialHandles::threads,
            new Look(CardSize.PORTRAIT, HashtagStyle.IN_TEXT), INSTAGRAM),
    MASTODON("Mastodon", MastodonRules::new, SocialHandles::mastodon, Look.LANDSCAPE_IN_TEXT, X);

    /** How a post looks on the network: the card size it shows best, where its hashtags go. */
    public record Look(CardSize card, HashtagStyle hashtags) {
        static final Look LANDSCAPE_IN_TEXT = new Look(CardSize.LANDSCAPE, HashtagStyle.IN_TEXT);
    }

    private final String label;
    private final BiFunction<RuleFacts, OfficeNetworks, NetworkRules> counting;
    private final Function<SocialHandles, String> handle;
    private final Look look;
    private final Network weekLike;

    Network(String label, BiFunction<RuleFacts, OfficeNetworks, NetworkRules> counting,
            Function<SocialHandles, String> handle, Look look, Network weekLike) {
        this.label = label;
        this.counting = counting;
        this.handle = handle;
        this.look = look;
        this.weekLike = weekLike == null ? this : weekLike;
    }

    /**
     * Whose slots of a suggested week this network takes when the week names none of its own: a campaign
     * written for 2020's four networks still gives Bluesky and Mastodon X's posts, Threads Instagram's.
     */
    public Network weekLike() {
        return weekLike;
    }

    public Look look() {
        return look;
    }

    /** The office's account on this network, empty when it has none there. */
    public String handle(SocialHandles handles) {
        return handle.apply(handles);
    }

    public String label() {
        return label;
    }

    NetworkRules rules(RuleFacts facts, OfficeNetworks office) {
        return counting.apply(facts, office);
    }

    /** The limit of JPS 2020's rules; a post on another day is measured through {@link OfficeNetworks}. */
    public int limit() {
        return OfficeNetworks.DEFAULT.rules(this, FirstEdition.day()).limit();
    }

    /** How many hashtags a post may carry under JPS 2020's rules; 0 when the network sets no limit. */
    public int hashtagLimit() {
        return OfficeNetworks.DEFAULT.rules(this, FirstEdition.day()).facts().caps().hashtags();
    }

    /** The length of the text as this network counts it. */
    public int length(String text) {
        return measure(text).length();
    }

    public PostLength measure(String text) {
        return OfficeNetworks.DEFAULT.measure(this, text, FirstEdition.day());
    }

    public static Network parse(String name) {
        for (Network n : values()) {
            if (n.name().equalsIgnoreCase(name) || n.label.equalsIgnoreCase(name)) {
                return n;
            }
        }
        throw new IllegalArgumentException("network: " + name);
    }
}
