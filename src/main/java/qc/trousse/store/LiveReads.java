package qc.trousse.store;

/**
 * Reads made to show a colleague's change (live) must not move the version this store's next write is based on:
 * an edit the user began before it, or an undo of theirs, still meets the colleague's change as a conflict and is
 * merged or refused, never written over it. Rows this store had not seen yet are recorded as read.
 */
public final class LiveReads {
    private static final ThreadLocal<Boolean> KEEP = ThreadLocal.withInitial(() -> false);

    private LiveReads() {
    }

    /** Runs the reads that refresh what the screens show, keeping every known row's basis. */
    public static void keepingBasis(Runnable reads) {
        boolean before = KEEP.get();
        KEEP.set(true);
        try {
            reads.run();
        } finally {
            KEEP.set(before);
        }
    }

    static boolean keepsBasis() {
        return KEEP.get();
    }
}
