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
    private final java.util.function.BiPredicate<T, T> byColumns;
    private final Map<Long, T> last = new LinkedHashMap<>();
    /** The rows as the server last gave them, for {@link #byColumns}. */
    private final Map<Long, T> server = new HashMap<>();
    /** The user's rows kept and not yet sent; empty for a row deleted. */
    private final Map<Long, Optional<T>> kept = new HashMap<>();

    KeptRows(Store store, String table, RowVersions versions, Function<T, Long> key,
             Function<T, Map<String, Object>> columns) {
        this(store, table, versions, key, columns, null);
    }

    /**
     * @param byColumns whether a change (the server's row as last read, the user's row) is written by the row's
     *                  columns alone, for a table whose rows own others (a gesture's checklist): one that is not
     *                  is refused while away, as before. Null: every change is.
     */
    KeptRows(Store store, String table, RowVersions versions, Function<T, Long> key,
             Function<T, Map<String, Object>> columns, java.util.function.BiPredicate<T, T> byColumns) {
        this.byColumns = byColumns;
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
            server.clear();
            rows.forEach(r -> last.put(key.apply(r), r));
            server.putAll(last);
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
        return keptWrite(failure, List.of(row), List.of());
    }

    /** The same for a deletion of these rows. */
    synchronized boolean keptDeletion(StoreException failure, Collection<Long> keys) {
        return keptWrite(failure, List.of(), keys);
    }

    /**
     * The same for one write of several rows (the guests' upsert): all kept, or none when one of them is new (read
     * never, basis 0) — its id came from the server's counter and an upsert would create it, which is refused —
     * or changes what its columns do not hold ({@code byColumns}).
     */
    synchronized boolean keptWrite(StoreException failure, List<T> changed, Collection<Long> deleted) {
        if (offline == null || !OfflineEdits.connectionLost(failure)
                || changed.stream().anyMatch(row -> versions.basis(key.apply(row)) == 0 || !byColumns(row))) {
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

    /**
     * The server took this row (null: deleted it), for a repository whose service does not read again after each
     * edit: what {@code byColumns} compares with and the reads while away show from now on, so a change written
     * after the last read, then undone while away, is never taken for the server's row.
     */
    synchronized void written(long k, T row) {
        if (row == null) {
            server.remove(k);
            last.remove(k);
        } else {
            server.put(k, row);
            last.put(k, row);
        }
    }

    private boolean byColumns(T row) {
        T was = server.get(key.apply(row));
        return byColumns == null || was != null && byColumns.test(was, row);
    }
}
