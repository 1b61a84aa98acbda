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
    private final KeptRows<Recipient> kept;

    public RecipientRepository(Store file) {
        this.file = file;
        this.kept = new KeptRows<>(file, "recipient", versions, Recipient::id, RecipientRows::values);
    }

    /** On the office's server, the user's changes kept while it is away (ADR 0020) are shown over its rows. */
    @Override
    public List<Recipient> all() {
        return kept.read(this::read);
    }

    private List<Recipient> read() {
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
        List<Recipient> saved = RecipientInserts.insert(file, recipients, progress);
        saved.forEach(r -> versions.saw(r.id(), 1L));
        return saved;
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

    /** While the office's server is away, the change is kept in the journal and sent when it is back. */
    @Override
    public void update(Recipient r) {
        try {
            write(r);
        } catch (StoreException e) {
            if (!kept.keptChange(e, r)) {
                throw e;
            }
        }
    }

    private void write(Recipient r) {
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
        try {
            deleteNow(ids);
        } catch (StoreException e) {
            if (!kept.keptDeletion(e, ids)) {
                throw e;
            }
        }
    }

    private void deleteNow(Collection<Long> ids) {
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
