package qc.trousse.posts;

import qc.trousse.i18n.I18n;

/** The first characters a network will not take, to show the writer where to cut. */
public final class Overflow {
    static final int SHOWN = 24;

    private Overflow() {
    }

    /** Up to 24 characters from the first one over the limit (whole code points), or "" when all fits. */
    public static String start(String text, PostLength length) {
        if (length.overAt() < 0 || length.overAt() >= text.length()) {
            return "";
        }
        int end = text.offsetByCodePoints(length.overAt(),
                Math.min(SHOWN, text.codePointCount(length.overAt(), text.length())));
        return text.substring(length.overAt(), end).replace('\n', ' ') + (end < text.length() ? "…" : "");
    }

    /**
     * Why the network refuses the text, in words ("trop long de 12", "6 liens sur 5"), counted nouns in the
     * plural their number asks; "" when it fits.
     */
    public static String refusal(PostLength l) {
        String key = l.refusalKey();
        if (key == null) {
            return "";
        }
        return switch (key) {
            case "posts.why.length" -> I18n.tr(key, l.length() - l.limit());
            case "posts.why.bytes" -> I18n.count(key, l.bytes(), l.byteLimit());
            case "posts.why.links" -> I18n.count(key, l.links(), l.linkLimit());
            default -> I18n.count(key, l.hashtags(), l.hashtagLimit());
        };
    }
}
