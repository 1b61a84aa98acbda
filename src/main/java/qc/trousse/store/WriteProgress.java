package qc.trousse.store;

import qc.trousse.work.Progress;

/**
 * Cancel inside a write's transaction: seen every few hundred rows, it leaves the transaction as an unchecked
 * exception (which rolls it back whole) and is turned back into the caller's CancelledException outside.
 */
final class WriteProgress {
    private static final int EVERY = 200;
    private final Progress progress;
    private final int total;

    WriteProgress(Progress progress, int total) {
        this.progress = progress;
        this.total = total;
    }

    /** Before row {@code done}: Cancel is taken, and the progress told, every few hundred rows. */
    void before(int done) {
        if (done % EVERY == 0) {
            stopIfCancelled();
            progress.update(done, total);
        }
    }

    /**
     * Every row is written: the progress says so (from here Cancel is no longer taken), then one last look, so a
     * Cancel that came just before is rolled back rather than committed behind the window's back.
     */
    void allWritten() {
        progress.update(total, total);
        stopIfCancelled();
    }

    private void stopIfCancelled() {
        try {
            progress.throwIfCancelled();
        } catch (Progress.CancelledException e) {
            throw new Stopped(e);
        }
    }

    /** Runs the write; a Cancel inside it comes out as the CancelledException it was. */
    static void run(Runnable write) throws Progress.CancelledException {
        try {
            write.run();
        } catch (Stopped stopped) {
            throw stopped.cause;
        }
    }

    private static final class Stopped extends RuntimeException {
        private final Progress.CancelledException cause;

        Stopped(Progress.CancelledException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }
}
