package qc.trousse.posts;

import com.twitter.twittertext.TwitterTextParser;

import java.text.Normalizer;

/**
 * The four networks the campaign uses, with their limits as of February 2020. X counts a weighted length
 * (twitter-text 3.1.0 is its reference); the others count what their web forms count, the UTF-16 length
 * of the text, which is never below the number of characters a person sees, so a draft that fits here fits there.
 */
public enum Network {
    X("X", 280, 0),
    FACEBOOK("Facebook", 63_206, 0),
    INSTAGRAM("Instagram", 2_200, 30),
    LINKEDIN("LinkedIn", 3_000, 0);

    private final String label;
    private final int limit;
    private final int hashtagLimit;

    Network(String label, int limit, int hashtagLimit) {
        this.label = label;
        this.limit = limit;
        this.hashtagLimit = hashtagLimit;
    }

    public String label() {
        return label;
    }

    public int limit() {
        return limit;
    }

    /** How many hashtags a post may carry; 0 when the network sets no limit. */
    public int hashtagLimit() {
        return hashtagLimit;
    }

    /** The length of the text as this network counts it. */
    public int length(String text) {
        if (this == X) {
            return TwitterTextParser.parseTweet(text).weightedLength;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).length();
    }

    public PostLength measure(String text) {
        return new PostLength(this, length(text), Hashtags.in(text).size());
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
