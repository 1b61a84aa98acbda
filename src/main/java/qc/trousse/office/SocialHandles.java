package qc.trousse.office;

/** The office's accounts on the networks it may post on; an empty one means it has none there. */
public record SocialHandles(String x, String facebook, String instagram, String linkedin, String bluesky,
                            String threads, String mastodon) {
    public static final SocialHandles NONE = new SocialHandles("", "", "", "");

    /** The four networks of JPS 2020, with no account on the newer ones. */
    public SocialHandles(String x, String facebook, String instagram, String linkedin) {
        this(x, facebook, instagram, linkedin, "", "", "");
    }

    public SocialHandles withX(String v) {
        return new SocialHandles(v, facebook, instagram, linkedin, bluesky, threads, mastodon);
    }

    public SocialHandles withFacebook(String v) {
        return new SocialHandles(x, v, instagram, linkedin, bluesky, threads, mastodon);
    }

    public SocialHandles withInstagram(String v) {
        return new SocialHandles(x, facebook, v, linkedin, bluesky, threads, mastodon);
    }

    public SocialHandles withLinkedin(String v) {
        return new SocialHandles(x, facebook, instagram, v, bluesky, threads, mastodon);
    }

    public SocialHandles withBluesky(String v) {
        return new SocialHandles(x, facebook, instagram, linkedin, v, threads, mastodon);
    }

    public SocialHandles withThreads(String v) {
        return new SocialHandles(x, facebook, instagram, linkedin, bluesky, v, mastodon);
    }

    public SocialHandles withMastodon(String v) {
        return new SocialHandles(x, facebook, instagram, linkedin, bluesky, threads, v);
    }
}
