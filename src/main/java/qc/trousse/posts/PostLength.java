package qc.trousse.posts;

/** A text measured for one network: its length against the limit, and its hashtags against theirs. */
public record PostLength(Network network, int length, int hashtags) {
    /** Within this share of the limit the counter turns amber, so the writer sees the end coming. */
    static final double NEAR = 0.9;

    /** How close to the limit: fine, near (amber) or over (red). */
    public enum Level { OK, NEAR, OVER }

    public int limit() {
        return network.limit();
    }

    public boolean tooManyHashtags() {
        return network.hashtagLimit() > 0 && hashtags > network.hashtagLimit();
    }

    public boolean fits() {
        return length <= limit() && !tooManyHashtags();
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
