package qc.trousse.office;

/** The office's accounts on the four networks the campaign uses. */
public record SocialHandles(String x, String facebook, String instagram, String linkedin) {
    public static final SocialHandles NONE = new SocialHandles("", "", "", "");

    public SocialHandles withX(String v) {
        return new SocialHandles(v, facebook, instagram, linkedin);
    }

    public SocialHandles withFacebook(String v) {
        return new SocialHandles(x, v, instagram, linkedin);
    }

    public SocialHandles withInstagram(String v) {
        return new SocialHandles(x, facebook, v, linkedin);
    }

    public SocialHandles withLinkedin(String v) {
        return new SocialHandles(x, facebook, instagram, v);
    }
}
