package qc.trousse.gestures;

/** A value the plan refuses (a day outside the week, an end before its start); nothing was saved. */
public final class GestureRejected extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public GestureRejected(String key, Object... args) {
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
