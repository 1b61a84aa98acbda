package qc.trousse.store;

import qc.trousse.i18n.I18n;

/** A write or read of the open file failed (disk full, key pulled out); the transaction was rolled back. */
public final class StoreException extends RuntimeException {
    public StoreException(Throwable cause) {
        super(describe(cause), cause);
    }

    /** The disk or USB key has no room left: said plainly rather than as SQLite's code. */
    public boolean isDiskFull() {
        return isDiskFull(getCause());
    }

    private static boolean isDiskFull(Throwable cause) {
        String m = cause == null ? "" : String.valueOf(cause.getMessage());
        return m.contains("SQLITE_FULL") || m.contains("disk is full") || m.contains("No space left");
    }

    private static String describe(Throwable cause) {
        return isDiskFull(cause) ? I18n.tr("store.diskFull") : String.valueOf(cause.getMessage());
    }
}
