package qc.trousse.gestures;

import qc.trousse.campaign.Campaign;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plan must respect. Each check returns the message key of what is wrong, or empty, so a form can
 * show it on the field and the service can refuse the same value.
 */
public final class GestureRules {
    /** "9:30", "09:30", "9h30", "9 h 30", "14h": Québec offices write times all these ways. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:hH]\\s*(\\d{2})?");

    private GestureRules() {
    }

    /** Reads a time of day, 00:00 to 23:59; empty when the text is not one. */
    public static Optional<LocalTime> parseTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    public static Optional<String> time(String text) {
        return parseTime(text).isPresent() ? Optional.empty() : Optional.of("gestures.error.time");
    }

    /** Checks a slot typed as text: each time valid, then the end after the start. */
    public static Optional<String> slot(String start, String end) {
        Optional<LocalTime> s = parseTime(start);
        Optional<LocalTime> e = parseTime(end);
        if (s.isEmpty()) {
            return Optional.of("gestures.error.startTime");
        }
        if (e.isEmpty()) {
            return Optional.of("gestures.error.endTime");
        }
        return slot(s.get(), e.get());
    }

    public static Optional<String> slot(LocalTime start, LocalTime end) {
        return end.isAfter(start) ? Optional.empty() : Optional.of("gestures.error.endBeforeStart");
    }

    public static Optional<String> day(Campaign campaign, LocalDate day) {
        return day != null && campaign.contains(day) ? Optional.empty() : Optional.of("gestures.error.day");
    }

    public static Optional<String> title(String title) {
        return title == null || title.isBlank() ? Optional.of("gestures.error.title") : Optional.empty();
    }

    /** Everything a planned gesture must satisfy before it is saved. */
    public static Optional<String> check(Campaign campaign, PlannedGesture g) {
        Optional<String> day = day(campaign, g.day());
        if (day.isPresent()) {
            return day;
        }
        if (g.isCocktail() && !g.day().equals(campaign.cocktailDate())) {
            return Optional.of("gestures.error.cocktailDay");
        }
        if (g.start() == null || g.end() == null) {
            return Optional.of("gestures.error.time");
        }
        return slot(g.start(), g.end());
    }
}
