package qc.trousse.store;

import qc.trousse.certificates.Recipient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/** New recipients written in one transaction, with ids from the store's counter; a cancel rolls it all back. */
final class RecipientInserts {
    private static final String COLUMNS = RecipientRows.COLUMNS;

    private RecipientInserts() {
    }

    static List<Recipient> insert(Store file, List<Recipient> recipients, qc.trousse.work.Progress progress)
            throws qc.trousse.work.Progress.CancelledException {
        List<Recipient> saved = new ArrayList<>(recipients.size());
        Connection c = file.connection();
        synchronized (file) {
            try {
                insertAll(c, recipients, saved, progress);
            } catch (Stopped stopped) {
                throw stopped.cause;
            }
        }
        return saved;
    }

    /** The cancel, carried out of the transaction (which rolls back on it) as an unchecked exception. */
    private static final class Stopped extends RuntimeException {
        private final qc.trousse.work.Progress.CancelledException cause;

        Stopped(qc.trousse.work.Progress.CancelledException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    private static void insertAll(Connection c, List<Recipient> recipients, List<Recipient> saved,
                                  qc.trousse.work.Progress progress) {
        Transactions.run(c, () -> {
            saved.clear();
            // ids from the database's counter, as every store hands them out (two PCs never take the same)
            long next = IdCounter.reserve(c, "recipient", recipients.size());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO recipient(id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Recipient r : recipients) {
                    if (saved.size() % 500 == 0) {
                        try {
                            progress.throwIfCancelled();
                        } catch (qc.trousse.work.Progress.CancelledException e) {
                            throw new Stopped(e);
                        }
                        progress.update(saved.size(), recipients.size());
                    }
                    Recipient withId = r.withId(next++);
                    ps.setLong(1, withId.id());
                    RecipientRows.bind(ps, withId, 2);
                    ps.executeUpdate();
                    saved.add(withId);
                }
            }
            // Every row is written: from here the transaction commits, and a late Cancel is not taken.
            progress.update(recipients.size(), recipients.size());
        });
    }

}
