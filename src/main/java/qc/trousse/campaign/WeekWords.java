package qc.trousse.campaign;

import qc.trousse.i18n.I18n;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The edition's dates as the messages write them, at fixed places after a message's own arguments: {10} the year,
 * {11} the first day of the month, {12} the last one, {13} the month, {14} the Assembly event's day ("mardi
 * 18 février"), {15} and {16} the first and last days as ISO dates. The bundles never type a date themselves.
 */
public final class WeekWords {
    public static final int FIRST = 10;

    private WeekWords() {
    }

    /** The message's own arguments at {0}…, then the edition's words from {10}. */
    public static Object[] with(Campaign c, Object... own) {
        Object[] args = Arrays.copyOf(own, FIRST + 7);
        for (int i = own.length; i < FIRST; i++) {
            args[i] = "";
        }
        var locale = I18n.language().locale();
        args[FIRST] = c.yearText();
        args[FIRST + 1] = String.valueOf(c.start().getDayOfMonth());
        args[FIRST + 2] = String.valueOf(c.end().getDayOfMonth());
        args[FIRST + 3] = c.end().format(DateTimeFormatter.ofPattern("MMMM", locale));
        args[FIRST + 4] = c.cocktailDate().format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale));
        args[FIRST + 5] = c.start().toString();
        args[FIRST + 6] = c.end().toString();
        return args;
    }

    /** Only the year at {10}: for a text that knows the event's date and no more (a badge's band). */
    public static Object[] year(int year) {
        Object[] args = new Object[FIRST + 1];
        java.util.Arrays.fill(args, "");
        args[FIRST] = String.valueOf(year);
        return args;
    }

    /** A message of the current language with the edition's words. */
    public static String tr(Campaign c, String key, Object... own) {
        return I18n.tr(key, with(c, own));
    }
}
