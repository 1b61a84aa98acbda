package qc.trousse.store;

/** A write or read of the open file failed (disk full, key pulled out); the transaction was rolled back. */
public final class StoreException extends RuntimeException {
    public StoreException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
