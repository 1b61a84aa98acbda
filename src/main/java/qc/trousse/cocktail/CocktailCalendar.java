package qc.trousse.cocktail;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Writes calendar entries as an iCalendar 2.0 file in Québec time (America/Toronto with its VTIMEZONE),
 * the form Outlook, Google Calendar and Apple Calendar all import. The library writes CRLF line ends and
 * folds long lines.
 */
public final class CocktailCalendar {
    public static final String PRODID = "-//Trousse JPS//Cocktail JPS//FR";
    private final String fileId;

    /** @param fileId the data file's own id: UIDs are made from it and each entry's id */
    public CocktailCalendar(String fileId) {
        this.fileId = fileId;
    }

    public String uid(CalendarItem item) {
        return item.id() + "-" + fileId + "@trousse-jps";
    }

    /** Minutes since the app's first edition began: grows with every export, fits an int for four thousand years. */
    static int sequence(Date stamp) {
        return (int) Math.max(0, (stamp.getTime() - SEQUENCE_EPOCH) / 60_000L);
    }

    private static final long SEQUENCE_EPOCH = 1_577_836_800_000L;

    public void write(List<CalendarItem> items, Date stamp, OutputStream out) throws IOException {
        ICalendar ical = new ICalendar();
        ical.setVersion(ICalVersion.V2_0);
        ical.setProductId(PRODID);
        // PUBLISH: an entry to add, not a meeting invitation to answer (Outlook asks otherwise)
        ical.setMethod("PUBLISH");
        TimezoneAssignment quebec = QuebecTimezone.assignment();
        ical.getTimezoneInfo().setDefaultTimezone(quebec);
        ZoneId zone = ZoneId.of(QuebecTimezone.ID);
        for (CalendarItem item : items) {
            VEvent event = new VEvent();
            event.setUid(uid(item));
            event.setDateTimeStamp(stamp);
            event.setLastModified(stamp);
            // a later export must replace an earlier one in calendars that compare sequence numbers
            event.setSequence(sequence(stamp));
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
        Biweekly.write(ical).version(ICalVersion.V2_0).go(out);
    }
}
