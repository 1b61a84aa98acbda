package qc.trousse.store;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The recipients in the store. Each call is one transaction; a batch of 10,000 rows commits once. A change or
 * deletion names the row's version as last read, so one made meanwhile on another PC is never overwritten.
 */
public final class RecipientRepository implements RecipientStore {
    private static final String COLUMNS = RecipientRows.COLUMNS;
    private final Store file;
    private final RowVersions versions = new RowVersions("recipient", (c, rs) -> RecipientRows.read(rs));

    public RecipientRepository(Store file) {
        this.file = file;
    }

    @Override
    public List<Recipient> all() {
        synchronized (file) {
            try (Statement s = file.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, version, " + COLUMNS + " FROM recipient ORDER BY id")) {
                List<Recipient> all = new ArrayList<>();
                while (rs.next()) {
                    versions.saw(rs.getLong("id"), rs.getLong("version"));
                    all.add(RecipientRows.read(rs));
                }
                return all;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    @Override
    public List<Recipient> insert(List<Recipient> recipients) {
        try {
            return insert(recipients, qc.trousse.work.Progress.NONE);
        } catch (qc.trousse.work.Progress.CancelledException e) {
            throw new IllegalStateException("Progress.NONE is never cancelled", e);
        }
    }

    /** Cancel is seen every few hundred rows; it rolls the transaction back, so nothing of it stays. */
    @Override
    public List<Recipient> insert(List<Recipient> recipients, qc.trousse.work.Progress progress)
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
        saved.forEach(r -> versions.saw(r.id(), 1L));
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

    private void insertAll(Connection c, List<Recipient> recipients, List<Recipient> saved,
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
                    bind(ps, withId, 2);
                    ps.executeUpdate();
                    saved.add(withId);
                }
            }
            // Every row is written: from here the transaction commits, and a late Cancel is not taken.
            progress.update(recipients.size(), recipients.size());
        });
    }

    @Override
    public void restore(List<Recipient> recipients) {
        Connection c = file.connection();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO recipient(id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (Recipient r : recipients) {
                        ps.setLong(1, r.id());
                        bind(ps, r, 2);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            });
        }
        recipients.forEach(r -> versions.saw(r.id(), 1L));
    }

    @Override
    public void update(Recipient r) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE recipient SET kind = ?, name = ?, reason = ?,"
                        + " presented_on = ?, gesture = ?, state = ?, printed_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")) {
                    bind(ps, r, 1);
                    ps.setLong(8, r.id());
                    ps.setLong(9, versions.basis(r.id()));
                    versions.wrote(c, r.id(), ps.executeUpdate(), written);
                }
            });
            versions.record(written);
        }
    }

    @Override
    public void delete(Collection<Long> ids) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM recipient WHERE id = ? AND version = ?")) {
                    for (long id : ids) {
                        ps.setLong(1, id);
                        ps.setLong(2, versions.basis(id));
                        versions.deleted(c, id, ps.executeUpdate(), written);
                    }
                }
            });
            versions.record(written);
        }
    }

    @Override
    public int markPrinted(Collection<Long> ids, Instant when) {
        Connection c = file.connection();
        int[] marked = {0};
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE recipient SET state = 'PRINTED', printed_at = ?, version = version + 1 WHERE id = ?")) {
                    // A fact about the world (the printer took the sheet), not an edit: it needs no basis, but
                    // moves the version so an edit made elsewhere on the old row is caught.
                    for (long id : ids) {
                        ps.setString(1, when.toString());
                        ps.setLong(2, id);
                        marked[0] += ps.executeUpdate();
                    }
                }
            });
        }
        return marked[0];
    }

    private static void bind(PreparedStatement ps, Recipient r, int first) throws SQLException {
        RecipientRows.bind(ps, r, first);
    }
}
