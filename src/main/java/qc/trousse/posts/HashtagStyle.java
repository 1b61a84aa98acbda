package qc.trousse.posts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a network's readers expect the hashtags: in the sentence (X, Bluesky, Threads, Mastodon, Facebook,
 * LinkedIn) or, on Instagram, in a block of their own under the caption. Only the run of hashtags that ends
 * the text moves; a hashtag inside a sentence is part of it and stays.
 */
public enum HashtagStyle {
    IN_TEXT,
    BLOCK_AT_END;

    private static final Pattern TRAILING_TAGS = Pattern.compile("[ \\t\\u00A0]+((?:#[\\p{L}\\p{N}_]+[ \\t\\u00A0]*)+)$");

    /** The text as this network's readers expect it. */
    public String apply(String text) {
        if (this == IN_TEXT || text == null) {
            return text;
        }
        Matcher m = TRAILING_TAGS.matcher(text);
        if (!m.find()) {
            return text;
        }
        String before = text.substring(0, m.start()).stripTrailing();
        return before.isEmpty() ? text : before + "\n\n" + m.group(1).strip();
    }
}
