package qc.trousse.store;

/** A store could not be opened or written whole: one plain sentence for the user, and nothing was changed. */
public abstract class StoreOpenException extends Exception {
    protected StoreOpenException(String message, Throwable cause) {
        super(message, cause);
    }

    /** One plain sentence in the current language; never holds a password. */
    public abstract String userMessage();
}
