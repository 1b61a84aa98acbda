package qc.trousse.posts;

/**
 * A text measured by one network's rules: its length against the limit, its hashtags, links and (for Bluesky)
 * UTF-8 bytes against theirs, and where the first character over the limit is (-1 when none is).
 */
public record PostLength(NetworkRules rules, int length, int hashtags, int links, int bytes, int overAt) {
    /** Within this share of the limit the counter turns amber, so the writer sees the end coming. */
    static final double NEAR = 0.9;

    /** How close to the limit: fine, near (amber) or over (red). */
    public enum Level { OK, NEAR, OVER }

    public Network network() {
        return rules.network();
    }

    public int limit() {
        return rules.limit();
    }

    public int hashtagLimit() {
        return rules.facts().caps().hashtags();
    }

    public int linkLimit() {
        return rules.facts().caps().links();
    }

    public int byteLimit() {
        return rules.facts().caps().bytes();
    }

    public boolean tooManyHashtags() {
        return hashtagLimit() > 0 && hashtags > hashtagLimit();
    }

    public boolean tooManyLinks() {
        return linkLimit() > 0 && links > linkLimit();
    }

    public boolean tooManyBytes() {
        return byteLimit() > 0 && bytes > byteLimit();
    }

    public boolean fits() {
        return length <= limit() && !tooManyHashtags() && !tooManyLinks() && !tooManyBytes();
    }

    /** The first reason the network refuses the text, as a message key; null when it fits. */
    public String refusalKey() {
        if (length > limit()) {
            return "posts.why.length";
        }
        if (tooManyBytes()) {
            return "posts.why.bytes";
        }
        if (tooManyLinks()) {
            return "posts.why.links";
        }
        return tooManyHashtags() ? "posts.why.hashtags" : null;
    }

    public Level level() {
        if (!fits()) {
            return Level.OVER;
        }
        return length >= Math.ceil(limit() * NEAR) ? Level.NEAR : Level.OK;
    }

    public int remaining() {
        return limit() - length;
    }
}
