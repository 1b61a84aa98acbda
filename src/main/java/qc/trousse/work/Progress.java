package qc.trousse.work;

/**
 * How long work (a batch of certificates, an import) reports where it is and learns it was cancelled.
 * Plain Java so the domain can report without knowing about the window.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();

    /** Stops the work where it is; callers check between items so nothing is left half-written. */
    default void throwIfCancelled() throws CancelledException {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Thrown by work that noticed it was cancelled. */
    final class CancelledException extends Exception {
        public CancelledException() {
            super("cancelled");
        }
    }
}
