package qc.trousse.cli;

/** The command line itself is wrong: exit code 2, with the message key and its arguments. */
public final class UsageException extends Exception {
    private final String key;
    private final transient Object[] args;

    public UsageException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
