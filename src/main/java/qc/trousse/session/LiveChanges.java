package qc.trousse.session;

import qc.trousse.store.ChangeFeed;
import qc.trousse.store.ServerStore;
import qc.trousse.store.ServerStoreException;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A colleague's changes on the office's server, brought into one session: a thread of its own waits on the
 * server's notices (LISTEN/NOTIFY; it sends nothing while it waits), then, on the thread the caller names (the
 * FX thread in the window), the services of the tables changed read them again and the listeners hear who
 * changed what ({@link LiveReloads} says which services read which tables). When the feed's connection dropped,
 * the feed opens it again by itself and the first news after it says everything may have changed: every service
 * reads again once, and the colleagues' changes of the gap are named as the change log has them. A data file has
 * no colleagues: nothing to follow there.
 */
public final class LiveChanges implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LiveChanges.class.getName());
    /** How long the thread waits for a notice before looking whether it was closed meanwhile. */
    private static final Duration WAIT = Duration.ofSeconds(1);
    /** One edit often writes several tables in a row: the notices that follow this closely make one piece of news. */
    private static final Duration SAME_EDIT = Duration.ofMillis(40);
    private final Session session;
    private final ChangeFeed feed;
    private final Executor deliver;
    private final List<Consumer<News>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    /** What a colleague changed: the tables written, who (empty when the server did not say) and when it was seen. */
    public record News(Set<String> tables, String member, Instant at) {
        /** Whether any of these tables was written. */
        public boolean touches(String... names) {
            for (String name : names) {
                if (tables.contains(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    private LiveChanges(Session session, ChangeFeed feed, Executor deliver) {
        this.session = session;
        this.feed = feed;
        this.deliver = deliver;
        Thread thread = new Thread(this::listen, "trousse-live-changes");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Follows the colleagues' changes of a session on the office's server, delivering them with {@code deliver};
     * empty on a data file, or when the server refuses a second connection (the window then works as before).
     */
    public static Optional<LiveChanges> follow(Session session, Executor deliver) {
        if (!(session.file() instanceof ServerStore server)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LiveChanges(session, server.changes(), deliver));
        } catch (ServerStoreException e) {
            LOG.log(Level.WARNING, "no live changes from {0}: {1}", new Object[]{session.where(), e.reason()});
            return Optional.empty();
        }
    }

    public void addListener(Consumer<News> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<News> listener) {
        listeners.remove(listener);
    }

    private void listen() {
        try (feed) {
            while (open) {
                Optional<ChangeFeed.Change> first = feed.next(WAIT);
                if (first.isEmpty()) {
                    continue;
                }
                Set<String> tables = new LinkedHashSet<>();
                String member = first.get().member();
                tables.add(first.get().table());
                for (var more = feed.next(SAME_EDIT); more.isPresent(); more = feed.next(SAME_EDIT)) {
                    tables.add(more.get().table());
                    member = more.get().member().isEmpty() ? member : more.get().member();
                }
                News news = new News(Set.copyOf(tables), member, Instant.now());
                deliver.execute(() -> apply(news));
            }
        } catch (RuntimeException e) {
            if (open) {
                // A dropped connection is the feed's to open again; this is a fault of the reading itself.
                LOG.log(Level.WARNING, "live changes from {0} stopped: {1}", new Object[]{session.where(),
                        e.getClass().getSimpleName()});
            }
        }
    }

    /** Reads again what the colleague changed, then tells the listeners (the status bar, say). */
    private void apply(News news) {
        if (!open) {
            return;
        }
        try {
            qc.trousse.store.LiveReads.keepingBasis(() -> LiveReloads.apply(session, news));
        } catch (RuntimeException e) {
            // The server went away again while reading: the screens keep what they show, the banner says why.
            LOG.log(Level.WARNING, "live changes from {0} not read: {1}", new Object[]{session.where(),
                    e.getClass().getSimpleName()});
            return;
        }
        listeners.forEach(l -> l.accept(news));
    }

    /**
     * Reads again the services of the tables a sending of the kept edits wrote (ADR 0020), by the same routes as
     * a colleague's changes; the tables are named, never {@link ChangeFeed#EVERYTHING}.
     */
    public static void reloadTables(Session session, Set<String> tables) {
        LiveReloads.reload(session, tables);
    }

    /** Stops following; the thread ends within a second and closes its connection. */
    @Override
    public void close() {
        open = false;
    }
}
