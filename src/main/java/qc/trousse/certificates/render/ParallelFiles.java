package qc.trousse.certificates.render;

import qc.trousse.work.Progress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes numbered files on a few worker threads, each with its own shared state (parsed fonts, encoded images),
 * reporting progress in order and stopping at a cancel or at the first failure: the files already written stay
 * whole, the ones not yet begun are not written, and a rerun finishes them.
 */
final class ParallelFiles {
    /** One file; returns what it found missing. */
    interface OneFile<S> {
        List<MissingCharacter> write(S shared, int index) throws IOException, Progress.CancelledException;
    }

    /** The state one worker keeps for all its files, closed when the worker is done. */
    interface Shared<S extends AutoCloseable> {
        S open() throws IOException;
    }

    private final int workers;

    ParallelFiles(int workers) {
        this.workers = workers;
    }

    /** Writes files 0 to count−1; returns, per file in order, what it found missing. */
    <S extends AutoCloseable> List<List<MissingCharacter>> write(int count, Progress progress, Shared<S> shared,
                                                                 OneFile<S> file)
            throws IOException, Progress.CancelledException {
        @SuppressWarnings("unchecked")
        List<MissingCharacter>[] missing = new List[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Object order = new Object();
        int threads = Math.min(workers, Math.max(1, count));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "certificats");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                running.add(pool.submit(() -> {
                    try (S state = shared.open()) {
                        for (int i; failed.get() == null && !progress.isCancelled()
                                && (i = next.getAndIncrement()) < count; ) {
                            missing[i] = file.write(state, i);
                            synchronized (order) {
                                progress.update(done.incrementAndGet(), count);
                            }
                        }
                    } catch (Exception e) {
                        failed.compareAndSet(null, e);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.CancelledException();
        } catch (ExecutionException e) {
            failed.compareAndSet(null, e);
        } finally {
            pool.shutdownNow();
        }
        rethrow(failed.get());
        progress.throwIfCancelled();
        return Arrays.stream(missing).map(m -> m == null ? List.<MissingCharacter>of() : m).toList();
    }

    private static void rethrow(Exception e) throws IOException, Progress.CancelledException {
        if (e == null) {
            return;
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof Progress.CancelledException c) {
            throw c;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        throw new IOException(e.getMessage(), e);
    }
}
