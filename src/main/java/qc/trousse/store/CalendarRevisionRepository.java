package qc.trousse.store;

import qc.trousse.cocktail.CalendarRevisions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/** Each calendar entry's SEQUENCE in the file, with the fingerprint of what it said when last written. */
public final class CalendarRevisionRepository implements CalendarRevisions {
    private final Store file;

    public CalendarRevisionRepository(Store file) {
        this.file = file;
    }

    @Override
    public Revision revise(String uid, String fingerprint, Instant now) {
        Connection c = file.connection();
        Revision[] result = new Revision[1];
        synchronized (file) {
            Transactions.run(c, () -> {
                try (PreparedStatement read = c.prepareStatement(
                        "SELECT sequence, fingerprint, changed_at FROM calendar_revision WHERE uid = ?")) {
                    read.setString(1, uid);
                    try (ResultSet rs = read.executeQuery()) {
                        if (!rs.next()) {
                            result[0] = new Revision(0, now);
                        } else if (rs.getString("fingerprint").equals(fingerprint)) {
                            result[0] = new Revision(rs.getInt("sequence"), Instant.parse(rs.getString("changed_at")));
                            return;
                        } else {
                            result[0] = new Revision(rs.getInt("sequence") + 1, now);
                        }
                    }
                }
                try (PreparedStatement write = c.prepareStatement("""
                        INSERT INTO calendar_revision(uid, sequence, fingerprint, changed_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT(uid) DO UPDATE SET sequence = excluded.sequence,
                          fingerprint = excluded.fingerprint, changed_at = excluded.changed_at""")) {
                    write.setString(1, uid);
                    write.setInt(2, result[0].sequence());
                    write.setString(3, fingerprint);
                    write.setString(4, now.toString());
                    write.executeUpdate();
                }
            });
        }
        return result[0];
    }
}
