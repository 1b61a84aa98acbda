package qc.trousse.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way dates are written for people, in each language (ADR 0022). In full where there is room:
 * « lundi 17 février 2020 » / "Monday, February 17, 2020"; a day of the campaign week, its year understood:
 * « lundi 17 février » / "Monday, February 17"; in tight places (a table cell, a card): « 17 févr. 2020 » /
 * "Feb 17, 2020", or « 17 févr. » / "Feb 17" when the year is understood. A time of day as Québec writes it,
 * « 14 h 05 » / "2:05 p.m.", and a moment of the week « 18 févr., 14 h 05 » / "Feb. 18, 2:05 p.m.". ISO
 * dates (2020-02-17) and 24-hour 14:05 are only for files programs read (CSV, .ics, the database), never on a
 * screen.
 */
public final class DateStyle {
    private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    private DateStyle() {
    }

    /** « lundi 17 février 2020 » / "Monday, February 17, 2020". */
    public static String full(LocalDate d) {
        return format(d, "EEEE d MMMM yyyy", "EEEE, MMMM d, yyyy");
    }

    /** « lundi 17 février » / "Monday, February 17": a day of the week being prepared. */
    public static String day(LocalDate d) {
        return format(d, "EEEE d MMMM", "EEEE, MMMM d");
    }

    /** « 17 févr. 2020 » / "Feb 17, 2020": a table cell, a field. */
    public static String brief(LocalDate d) {
        return format(d, "d MMM yyyy", "MMM d, yyyy");
    }

    /** « 17 févr. » / "Feb 17": a tight place where the year is understood. */
    public static String tight(LocalDate d) {
        return format(d, "d MMM", "MMM d");
    }

    /** « mer. 19 févr. » / "Wed., Feb. 19": a day of the week being prepared, where a card leaves little room. */
    public static String weekday(LocalDate d) {
        return format(d, "EEE d MMM", "EEE, MMM d");
    }

    /** « 14 h 05 » / "2:05 p.m.": a time of day. */
    public static String time(LocalTime t) {
        return format(t, "H 'h' mm", "h:mm a");
    }

    /** « 18 févr., 14 h 05 » / "Feb. 18, 2:05 p.m.": when something happened this week, in a table cell. */
    public static String moment(LocalDateTime t) {
        return format(t, "d MMM, H 'h' mm", "MMM d, h:mm a");
    }

    /** The brief form read back (« 17 févr. 2020 », "Feb 17, 2020"), or null when it is not one. */
    public static LocalDate parseBrief(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), formatter(I18n.language() == Lang.EN ? "MMM d, yyyy" : "d MMM yyyy"));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String format(TemporalAccessor d, String fr, String en) {
        return d == null ? "" : formatter(I18n.language() == Lang.EN ? en : fr).format(d);
    }

    private static DateTimeFormatter formatter(String pattern) {
        Locale locale = I18n.language().locale();
        return FORMATS.computeIfAbsent(pattern + "|" + locale, k -> DateTimeFormatter.ofPattern(pattern, locale));
    }
}
