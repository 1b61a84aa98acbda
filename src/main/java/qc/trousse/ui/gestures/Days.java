package qc.trousse.ui.gestures;

import javafx.util.StringConverter;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.ShownAs;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** How days, times and relative due dates read in the current language. */
public final class Days {
    private Days() {
    }

    /** "lundi 17 février" / "Monday, February 17". */
    public static String format(LocalDate day) {
        return day == null ? "" : day.format(DateTimeFormatter.ofPattern(I18n.tr("date.day"),
                I18n.language().locale()));
    }

    public static String time(LocalTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** "13 h 15" in French (Québec usage, no-break spaces), "1:15 PM" in English: times said in a sentence. */
    public static String hour(LocalTime t) {
        String pattern = I18n.language() == qc.trousse.i18n.Lang.FR ? "H'\u00a0h\u00a0'mm" : "h:mm a";
        return t == null ? "" : t.format(DateTimeFormatter.ofPattern(pattern, I18n.language().locale()));
    }

    public static String slot(LocalTime start, LocalTime end) {
        return time(start) + "–" + time(end);
    }

    /** "J-7", "J", "J+1" in French; "D-7", "D", "D+1" in English. */
    public static String offset(int days) {
        String d = I18n.tr("gestures.offset.day");
        return days == 0 ? d : d + (days > 0 ? "+" : "-") + Math.abs(days);
    }

    /** « mer. 19 févr. » / "Wed., Feb. 19" for narrow places such as a card. */
    public static StringConverter<LocalDate> shortConverter() {
        return ShownAs.text(qc.trousse.i18n.DateStyle::weekday);
    }

    public static StringConverter<LocalDate> converter() {
        return ShownAs.text(Days::format);
    }
}
