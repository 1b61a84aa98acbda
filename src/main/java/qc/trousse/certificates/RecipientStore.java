package qc.trousse.certificates;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where recipients are kept. Every method is one transaction: it happens whole or not at all. */
public interface RecipientStore {
    List<Recipient> all();

    /** Saves new recipients (id 0) and returns them with their ids, in the same order. */
    List<Recipient> insert(List<Recipient> recipients);

    /**
     * The same, telling its progress and stopping when cancelled: a cancelled insert is rolled back whole, so
     * the file is as it was. Once the last row is written (progress at its total) it no longer stops.
     */
    default List<Recipient> insert(List<Recipient> recipients, qc.trousse.work.Progress progress)
            throws qc.trousse.work.Progress.CancelledException {
        progress.throwIfCancelled();
        List<Recipient> saved = insert(recipients);
        progress.update(recipients.size(), recipients.size());
        return saved;
    }

    /** Puts back recipients with the ids they had (redo of an import, undo of a delete). */
    void restore(List<Recipient> recipients);

    void update(Recipient recipient);

    void delete(Collection<Long> ids);

    /** Marks these printed at that instant; returns how many exist and were marked. */
    int markPrinted(Collection<Long> ids, Instant when);
}
