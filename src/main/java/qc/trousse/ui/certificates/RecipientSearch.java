package qc.trousse.ui.certificates;

import qc.trousse.certificates.Recipient;
import qc.trousse.importing.HeaderNames;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The recipients' search: accents and case ignored (« eloise » finds Éloïse), in the name, the reason and the
 * gesture. For the FX thread only, as the list is.
 */
final class RecipientSearch {
    // By identity: a record's hash and equals would read every field of 5,000 rows at each key.
    private final Map<Recipient, String> folded = new IdentityHashMap<>();

    Predicate<Recipient> matcher(String query) {
        String q = HeaderNames.normalize(query);
        if (q.isEmpty()) {
            return r -> true;
        }
        return r -> searchText(r).contains(q);
    }

    /** Drops the folded texts; the list calls it whenever it is read again. */
    void forget() {
        folded.clear();
    }

    /**
     * The name, reason and gesture folded once per recipient, not once per row and keystroke: over 5,000 rows,
     * folding them again at every key took longer than a frame. A line break, never in a folded query, keeps
     * them apart.
     */
    private String searchText(Recipient r) {
        return folded.computeIfAbsent(r, x -> HeaderNames.normalize(x.name()) + "\n" + HeaderNames.normalize(x.reason())
                + "\n" + HeaderNames.normalize(x.gesture()));
    }
}
