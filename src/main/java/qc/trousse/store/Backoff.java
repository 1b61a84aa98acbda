package qc.trousse.store;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * The waits between two attempts to reach the server again (ADR 0020): 1 s, then doubling to at most 60 s, each
 * with up to a quarter more at random, so the office's computers do not all knock at the same instant after a
 * restart. Never a tight loop; back to 1 s once an attempt succeeds.
 */
final class Backoff {
    static final long FIRST_MS = 1_000;
    static final long LONGEST_MS = 60_000;
    private final long first;
    private final long longest;
    private final LongUnaryOperator jitter;
    private long wait;

    /** @param jitter what to add to a wait of so many milliseconds (zero in a test that checks the schedule) */
    Backoff(long first, long longest, LongUnaryOperator jitter) {
        this.first = first;
        this.longest = longest;
        this.jitter = jitter;
        this.wait = first;
    }

    /** 1 s doubling to 60 s, with up to a quarter of jitter. */
    static Backoff standard() {
        return new Backoff(FIRST_MS, LONGEST_MS, w -> ThreadLocalRandom.current().nextLong(w / 4 + 1));
    }

    /** The wait before the next attempt; the one after is twice as long, up to the longest. */
    long next() {
        long delay = wait + jitter.applyAsLong(wait);
        wait = Math.min(wait * 2, longest);
        return delay;
    }

    /** An attempt succeeded: the next loss starts again at the first wait. */
    void reset() {
        wait = first;
    }
}
