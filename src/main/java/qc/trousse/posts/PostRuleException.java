package qc.trousse.posts;

/** A change the rules refuse (approving a post that is too long); the key names the reason for the user. */
public final class PostRuleException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public PostRuleException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    /** The message's arguments (the edition's dates for a day outside the week). */
    public Object[] args() {
        return args.clone();
    }

    public String key() {
        return key;
    }
}
