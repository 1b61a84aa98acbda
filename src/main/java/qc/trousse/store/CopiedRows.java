package qc.trousse.store;

import qc.trousse.work.Progress;

/** The rows a {@link StoreCopy} has copied so far, told to its progress and checked against a cancel per batch. */
final class CopiedRows {
    private final Progress progress;
    private final long total;
    long done;

    CopiedRows(Progress progress, long total) {
        this.progress = progress;
        this.total = total;
    }

    long add() {
        return ++done;
    }

    void report() {
        progress.update(done, total);
        if (progress.isCancelled()) {
            // Unchecked, so it crosses Transactions.run, which rolls the copy back whole.
            throw new Cancelled();
        }
    }

    /** The user cancelled: the transaction the copy runs in is rolled back. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
