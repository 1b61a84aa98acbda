package qc.trousse.cocktail;

import java.time.Instant;

/**
 * Where each calendar entry's revision is kept, so its SEQUENCE starts at 0 and grows only when the entry
 * itself changes: a calendar that sees a higher SEQUENCE treats the entry as rescheduled and may tell the
 * attendees, so re-exporting the same entry must not raise it.
 */
@FunctionalInterface
public interface CalendarRevisions {
    /** Nothing kept (a file not yet open, a test): every entry is at its first revision. */
    CalendarRevisions NONE = (uid, fingerprint, now) -> new Revision(0, now);

    /**
     * The entry's revision for this content, in one transaction: the first time its uid is seen it is 0; the same
     * fingerprint as last time keeps it; another fingerprint raises it by one and records {@code now} as its change.
     */
    Revision revise(String uid, String fingerprint, Instant now);

    /** An entry's SEQUENCE and when its content last changed (its LAST-MODIFIED). */
    record Revision(int sequence, Instant changedAt) {
    }
}
