package qc.trousse.cocktail;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/** Checks on the cocktail's times; each problem is a message key. */
public final class EventRules {
    public static final Duration MAX_TRAVEL = Duration.ofHours(16);

    private EventRules() {
    }

    public static Optional<String> times(LocalTime start, LocalTime end) {
        if (start == null || end == null) {
            return Optional.of("cocktail.problem.timeFormat");
        }
        if (!end.isAfter(start)) {
            return Optional.of("cocktail.problem.endBeforeStart");
        }
        return Optional.empty();
    }

    public static Optional<String> travel(Duration travel) {
        if (travel == null || travel.isNegative() || travel.compareTo(MAX_TRAVEL) > 0) {
            return Optional.of("cocktail.problem.travel");
        }
        return Optional.empty();
    }

    /** Reads "17:00", "17 h", "17h30" or "5:30"; null when it is not a time of day. */
    public static LocalTime parseTime(String text) {
        Duration d = parseDuration(text);
        if (d == null || d.toMinutes() >= 24 * 60) {
            return null;
        }
        return LocalTime.MIDNIGHT.plus(d);
    }

    /** Reads "3:00", "3 h", "2h45" or "45" (minutes); null when unreadable. */
    public static Duration parseDuration(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace('\u00a0', ' ').replace(" ", "");
        try {
            if (t.matches("\\d{1,3}")) {
                return Duration.ofMinutes(Integer.parseInt(t));
            }
            var m = java.util.regex.Pattern.compile("(\\d{1,2})[:h](\\d{2})?(min)?").matcher(t);
            if (!m.matches()) {
                return null;
            }
            int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return minutes >= 60 ? null : Duration.ofHours(Integer.parseInt(m.group(1))).plusMinutes(minutes);
        } catch (NumberFormatException e) {
            return null; // not a duration: the rule refuses the field in words
        }
    }

    /** "3:05", as the fields show a duration. */
    public static String format(Duration d) {
        return d.toHours() + ":" + String.format("%02d", d.toMinutesPart());
    }
}
