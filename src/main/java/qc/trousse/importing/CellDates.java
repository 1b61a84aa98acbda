package qc.trousse.importing;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date the way people type it in a Québec office list: 2020-02-18, 18/02/2020, 18-02-20,
 * « 18 février 2020 », "February 18, 2020", or an Excel day number left in a General cell.
 * Day-first unless the second number can only be a day.
 */
public final class CellDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})(?: .*)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:[.,]\\d+)?");
    private static final Pattern WORDS = Pattern.compile("(?:[a-z]+\\.?,? )?(?:(\\d{1,2})(?:er)? ([a-z]+)\\.?|([a-z]+)\\.? (\\d{1,2})),? (\\d{4})");
    private static final List<String[]> MONTHS = List.of(
            new String[]{"janv", "jan"}, new String[]{"fev", "feb"}, new String[]{"mar"}, new String[]{"avr", "apr"},
            new String[]{"mai", "may"}, new String[]{"juin", "jun"}, new String[]{"juil", "jul"},
            new String[]{"aou", "aug"}, new String[]{"sep"}, new String[]{"oct"}, new String[]{"nov"},
            new String[]{"dec"});

    private CellDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
            m = NUMERIC.matcher(t);
            if (m.matches()) {
                String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                return b > 12 && a <= 12 ? date(year, m.group(1), m.group(2)) : date(year, m.group(2), m.group(1));
            }
            if (SERIAL.matcher(t).matches()) {
                long days = (long) Double.parseDouble(t.replace(',', '.'));
                return inRange(LocalDate.of(1899, 12, 30).plusDays(days));
            }
            m = WORDS.matcher(fold(t));
            if (m.matches()) {
                String day = m.group(1) != null ? m.group(1) : m.group(4);
                String month = m.group(2) != null ? m.group(2) : m.group(3);
                int number = month(month);
                return number == 0 ? Optional.empty() : date(m.group(5), String.valueOf(number), day);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int month(String word) {
        for (int i = 0; i < MONTHS.size(); i++) {
            for (String prefix : MONTHS.get(i)) {
                if (word.startsWith(prefix)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        return inRange(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    }

    /** Years outside this range are typing errors (0202, 20200), not presentation dates. */
    private static Optional<LocalDate> inRange(LocalDate d) {
        return d.getYear() >= 1990 && d.getYear() <= 2100 ? Optional.of(d) : Optional.empty();
    }

    /** Lower case without accents, one space between words, for month names. */
    private static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return d.replaceAll("\\s+", " ").strip();
    }
}
