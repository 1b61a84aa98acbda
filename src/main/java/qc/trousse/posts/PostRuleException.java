package qc.trousse.posts;

/** A change the rules refuse (approving a post that is too long); the key names the reason for the user. */
public final class PostRuleException extends RuntimeException {
    private final String key;

    public PostRuleException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
