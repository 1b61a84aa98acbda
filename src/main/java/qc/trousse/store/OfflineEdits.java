package qc.trousse.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A {@link ServerStore}'s side of the journal (ADR 0020): which journal is in use (the address and the member
 * signed in), what the repositories keep in it while the connection is gone, and the sending when it is back —
 * on opening (what a killed session left), on signing in (that member's journal) and each time the server
 * answers again (on a thread of its own, never the reconnecting one, which holds the connection).
 */
final class OfflineEdits implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OfflineEdits.class.getName());
    private final ServerStore store;
    private final Path folder;
    private final Map<String, List<RowVersions>> followers = new ConcurrentHashMap<>();
    private final List<Consumer<KeptEditsSent>> listeners = new CopyOnWriteArrayList<>();
    /** Made at the first return of the server: a store only looked into (the probe) starts no thread. */
    private ExecutorService sending;
    private boolean closed;
    private volatile EditJournal journal;

    OfflineEdits(ServerStore store, Path folder) {
        this.store = store;
        this.folder = folder;
        this.journal = EditJournal.of(folder, store.where(), "");
    }

    /** The failure is the connection's (class 08, the server shutting down, an I/O error), not a refusal. */
    static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The member's own journal from now on (a killed session's edits of theirs are in it). */
    void signedAs(String member) {
        journal = EditJournal.of(folder, store.where(), member);
    }

    EditJournal journal() {
        return journal;
    }

    /** A repository's versions, told the new version of each row a kept edit wrote. */
    void follow(String table, RowVersions versions) {
        followers.computeIfAbsent(table, t -> new CopyOnWriteArrayList<>()).add(versions);
    }

    /**
     * On disk before this returns; then one try to send, off the caller's thread: a connection the driver dropped
     * may be opened again at once (a blip), and the server's return is news only once the store found it gone.
     */
    void keep(KeptEdit edit) {
        journal.keep(edit);
        sendLater();
    }

    void onSent(Consumer<KeptEditsSent> listener) {
        listeners.add(listener);
    }

    /** Sends what is waiting, now, on the caller's thread; a server still away leaves it waiting. */
    KeptEditsSent send() {
        EditJournal current = journal;
        if (current.waiting().isEmpty()) {
            return new KeptEditsSent(0, 0, 0);
        }
        KeptEditsSent report = JournalSender.send(store, current, (edit, version) ->
                followers.getOrDefault(edit.table(), List.of()).forEach(v -> v.sent(edit.key(), version)));
        listeners.forEach(l -> l.accept(report));
        return report;
    }

    /** The same, for opening and signing in: a journal that cannot be rewritten is logged, the office opens. */
    void sendQuietly() {
        try {
            send();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "kept edits not sent; tried again when the server is back", e);
        }
    }

    /** The same on the journal's own thread, for the news that the server answers again. */
    synchronized void sendLater() {
        if (closed) {
            return;
        }
        if (sending == null) {
            sending = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "server-journal");
                t.setDaemon(true);
                return t;
            });
        }
        try {
            sending.execute(this::sendQuietly);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the store is closed: the journal stays on disk for the next opening
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (sending != null) {
            sending.shutdownNow();
        }
    }
}
