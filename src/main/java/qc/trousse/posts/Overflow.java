package qc.trousse.posts;

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

    /** Why the network refuses the text, in words from the key and its numbers; "" when it fits. */
    public static Object[] refusalArgs(PostLength l) {
        String key = l.refusalKey();
        if (key == null) {
            return new Object[0];
        }
        return switch (key) {
            case "posts.why.length" -> new Object[] {l.length() - l.limit()};
            case "posts.why.bytes" -> new Object[] {l.bytes(), l.byteLimit()};
            case "posts.why.links" -> new Object[] {l.links(), l.linkLimit()};
            default -> new Object[] {l.hashtags(), l.hashtagLimit()};
        };
    }
}
