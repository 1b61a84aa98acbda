package qc.trousse.posts;

import com.twitter.twittertext.Extractor;

import java.util.List;
import java.util.Locale;

/**
 * Hashtags as the networks see them: twitter-text keeps accented letters inside a tag, so #persévérance is
 * one tag and not #pers followed by text.
 */
public final class Hashtags {
    private static final Extractor EXTRACTOR = new Extractor();

    private Hashtags() {
    }

    /** The tags in the text, without the '#'. */
    public static List<String> in(String text) {
        return EXTRACTOR.extractHashtags(text);
    }

    public static boolean has(String text, String hashtag) {
        String wanted = hashtag.startsWith("#") ? hashtag.substring(1) : hashtag;
        return in(text).stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)));
    }
}
