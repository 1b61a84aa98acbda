package qc.trousse.cocktail;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes calendar entries as an iCalendar 2.0 file in Québec time (America/Toronto with its VTIMEZONE),
 * the form Outlook, Google Calendar and Apple Calendar all import. The library writes CRLF line ends; lines
 * are folded here, by octets.
 */
public final class CocktailCalendar {
    public static final String PRODID = "-//Trousse JPS//Cocktail JPS//FR";
    private final String fileId;
    private final CalendarRevisions revisions;

    /**
     * @param fileId    the data file's own id: UIDs are made from it and each entry's id
     * @param revisions where each entry's SEQUENCE is kept between exports
     */
    public CocktailCalendar(String fileId, CalendarRevisions revisions) {
        this.fileId = fileId;
        this.revisions = revisions;
    }

    public String uid(CalendarItem item) {
        return item.id() + "-" + fileId + "@trousse-jps";
    }

    /** What the entry says, as a digest: the same entry written again has the same fingerprint. */
    static String fingerprint(CalendarItem item) {
        String content = String.join("\u001f", QuebecTimezone.ID, item.title(), item.start().toString(),
                item.end().toString(), item.location(), item.description());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public void write(List<CalendarItem> items, Instant stamp, OutputStream out) throws IOException {
        ICalendar ical = new ICalendar();
        ical.setVersion(ICalVersion.V2_0);
        ical.setProductId(PRODID);
        // PUBLISH: an entry to add, not a meeting invitation to answer (Outlook asks otherwise)
        ical.setMethod("PUBLISH");
        TimezoneAssignment quebec = QuebecTimezone.assignment();
        ical.getTimezoneInfo().setDefaultTimezone(quebec);
        ZoneId zone = ZoneId.of(QuebecTimezone.ID);
        for (CalendarItem item : items) {
            CalendarRevisions.Revision revision = revisions.revise(uid(item), fingerprint(item), stamp);
            VEvent event = new VEvent();
            event.setUid(uid(item));
            event.setDateTimeStamp(Date.from(stamp));
            event.setLastModified(Date.from(revision.changedAt()));
            // grows only when the entry changed, so a calendar replaces an entry that moved and nothing else
            event.setSequence(revision.sequence());
            event.setSummary(item.title());
            event.setDateStart(Date.from(item.start().atZone(zone).toInstant()), true);
            event.setDateEnd(Date.from(item.end().atZone(zone).toInstant()), true);
            if (!item.location().isBlank()) {
                event.setLocation(item.location());
            }
            if (!item.description().isBlank()) {
                event.setDescription(item.description());
            }
            ical.addEvent(event);
        }
        String unfolded = Biweekly.write(ical).version(ICalVersion.V2_0).foldLines(false).go();
        out.write(OctetFolding.fold(unfolded));
    }
}
