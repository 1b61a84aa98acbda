package qc.trousse.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A repository's rows while the office's server is away (ADR 0020): a change or deletion that fails for the
 * connection is kept in the store's journal instead of failing, and the reads show the user's rows — the last
 * rows read, with what was kept over them, until the journal has sent it. On a data file it does nothing.
 *
 * @param <T> the domain's row (a Recipient, a Guest…)
 */
final class KeptRows<T> {
    private final OfflineEdits offline;
    private final String table;
    private final RowVersions versions;
    private final Function<T, Long> key;
    private final Function<T, Map<String, Object>> columns;
    private final Map<Long, T> last = new LinkedHashMap<>();
    /** The user's rows kept and not yet sent; empty for a row deleted. */
    private final Map<Long, Optional<T>> kept = new HashMap<>();

    KeptRows(Store store, String table, RowVersions versions, Function<T, Long> key,
             Function<T, Map<String, Object>> columns) {
        this.offline = store instanceof ServerStore server ? server.offline() : null;
        this.table = table;
        this.versions = versions;
        this.key = key;
        this.columns = columns;
        if (offline != null) {
            offline.follow(table, versions);
        }
    }

    /** The store's rows with the kept edits still waiting shown over them; while away, the last rows read. */
    List<T> read(Supplier<List<T>> reading) {
        List<T> rows;
        try {
            rows = reading.get();
        } catch (StoreException e) {
            if (offline == null || !OfflineEdits.connectionLost(e)) {
                throw e;
            }
            synchronized (this) {
                return List.copyOf(last.values());
            }
        }
        if (offline == null) {
            return rows;
        }
        synchronized (this) {
            kept.keySet().removeIf(k -> offline.journal().waitingFor(table, k).isEmpty());
            last.clear();
            rows.forEach(r -> last.put(key.apply(r), r));
            kept.forEach((k, row) -> {
                if (row.isPresent()) {
                    last.put(k, row.get());
                } else {
                    last.remove(k);
                }
            });
            return List.copyOf(last.values());
        }
    }

    /** The change failed for the connection: kept (true), or the failure is the caller's to report (false). */
    synchronized boolean keptChange(StoreException failure, T row) {
        if (offline == null || !OfflineEdits.connectionLost(failure)) {
            return false;
        }
        long k = key.apply(row);
        offline.keep(KeptEdit.update(table, k, versions.basis(k), columns.apply(row)));
        kept.put(k, Optional.of(row));
        last.put(k, row);
        return true;
    }

    /** The same for a deletion of these rows. */
    synchronized boolean keptDeletion(StoreException failure, Collection<Long> keys) {
        return keptWrite(failure, List.of(), keys);
    }

    /**
     * The same for one write of several rows (the guests' upsert): all kept, or none when one of them is new (read
     * never, basis 0) — its id came from the server's counter and an upsert would create it, which is refused.
     */
    synchronized boolean keptWrite(StoreException failure, List<T> changed, Collection<Long> deleted) {
        if (offline == null || !OfflineEdits.connectionLost(failure)
                || changed.stream().anyMatch(row -> versions.basis(key.apply(row)) == 0)) {
            return false;
        }
        for (long k : deleted) {
            offline.keep(KeptEdit.deletion(table, k, versions.basis(k)));
            kept.put(k, Optional.empty());
            last.remove(k);
        }
        for (T row : changed) {
            long k = key.apply(row);
            offline.keep(KeptEdit.update(table, k, versions.basis(k), columns.apply(row)));
            kept.put(k, Optional.of(row));
            last.put(k, row);
        }
        return true;
    }
}
