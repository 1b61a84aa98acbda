package qc.trousse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the kept edits once the server is back, oldest first, each in a transaction of its own that also writes
 * its id into {@code applied_edit}: an id already there was committed by an earlier send whose journal was not
 * updated (the app killed between the two), so it is marked sent and not written again. Each edit is written
 * based on its version (0019's guard): a row a colleague changed or deleted meanwhile is not written over; the
 * edit stays in the journal, reported, for the user to make again over the colleague's row.
 */
final class JournalSender {
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(JournalSender.class.getName());
    /** A row's new version once a kept edit of it is written (0: deleted), for the repositories to base on. */
    @FunctionalInterface
    interface Written {
        void wrote(KeptEdit edit, long version);
    }

    private JournalSender() {
    }

    /** Stops at the first connection failure: what is left waits for the next return of the server. */
    static KeptEditsSent send(ServerStore store, EditJournal journal, Written written) {
        int sent = 0;
        int already = 0;
        List<KeptEdit> unsent = new ArrayList<>();
        java.util.Set<String> tables = new java.util.TreeSet<>();
        // The store held throughout: an edit the user makes meanwhile waits and is based on what was sent.
        synchronized (store) {
            for (KeptEdit edit : journal.waiting()) {
                Outcome outcome;
                try {
                    outcome = sendOne(store.connection(), edit, store.signedAs());
                } catch (StoreException e) {
                    if (OfflineEdits.connectionLost(e)) {
                        break;
                    }
                    outcome = new Outcome(false, -1, "refused: " + e.getMessage());
                }
                tables.add(edit.table());
                if (outcome.why != null) {
                    journal.unsent(edit.id(), outcome.why);
                    unsent.add(edit.unsent(outcome.why));
                    LOG.warning("kept edit of " + edit.table() + " " + edit.key() + " not sent: "
                            + outcome.why + " (kept in " + journal.file() + ")");
                    continue;
                }
                journal.sent(edit.id());
                if (outcome.already) {
                    already++;
                } else {
                    sent++;
                    written.wrote(edit, outcome.version);
                }
            }
        }
        return new KeptEditsSent(sent, already, unsent.size(), tables);
    }

    private record Outcome(boolean already, long version, String why) {
    }

    private static Outcome sendOne(Connection c, KeptEdit edit, String member) {
        Outcome[] outcome = {null};
        Transactions.run(c, () -> {
            if (applied(c, edit.id())) {
                outcome[0] = new Outcome(true, -1, null);
                return;
            }
            int rows;
            try (PreparedStatement ps = edit.statement(c)) {
                rows = ps.executeUpdate();
            }
            long now = version(c, edit);
            if (rows != 1 && !(edit.delete() && now == 0)) {
                // Nothing was written: the colleague's row stays as they left it.
                outcome[0] = new Outcome(false, now, now == 0 ? "deleted by a colleague" : "changed by a colleague");
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO applied_edit(id, table_name, row_key,"
                    + " member, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, edit.id());
                ps.setString(2, edit.table());
                ps.setString(3, String.valueOf(edit.key()));
                ps.setString(4, member);
                ps.setString(5, Instant.now().toString());
                ps.executeUpdate();
            }
            outcome[0] = new Outcome(false, now, null);
        });
        return outcome[0];
    }

    static boolean applied(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM applied_edit WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long version(Connection c, KeptEdit edit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version FROM " + edit.table() + " WHERE " + edit.keyColumn() + " = ?")) {
            ps.setLong(1, edit.key());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
