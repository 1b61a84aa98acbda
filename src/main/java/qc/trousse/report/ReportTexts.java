package qc.trousse.report;

import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * The report's words in its own language, which may differ from the window's: the report is often made in
 * English for a partner while the office works in French.
 */
public final class ReportTexts {
    private final Lang lang;
    private final ResourceBundle bundle;

    public ReportTexts(Lang lang) {
        this.lang = lang;
        this.bundle = I18n.bundle(lang);
    }

    public Lang lang() {
        return lang;
    }

    public String tr(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), lang.locale()).format(args);
    }

    /** "1 publication", "2 publications" in the report's language: see {@link I18n#count}. */
    public String count(String key, long n, Object... args) {
        return I18n.count(lang, key, n, args);
    }

    /**
     * "de Rimouski", "d’Abitibi-Est", "des Plaines", "des Îles-de-la-Madeleine" in French; "for Rimouski" in
     * English: the MNA is the member of a riding, and French contracts the article as people say it.
     */
    public String ofRiding(String riding) {
        if (lang == Lang.EN) {
            return "for " + riding;
        }
        if (riding.startsWith("Les ")) {
            return "des " + riding.substring(4);
        }
        if (riding.startsWith("Îles")) {
            return "des " + riding;
        }
        if (riding.startsWith("Le ")) {
            return "du " + riding.substring(3);
        }
        return "AEIOUYÉÈÊÎÔÂ".indexOf(Character.toUpperCase(riding.isEmpty() ? 'x' : riding.charAt(0))) >= 0
                ? "d’" + riding : "de " + riding;
    }

    /** "lundi 17 février" or "Monday, February 17". */
    public String day(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofPattern(lang == Lang.EN ? "EEEE, MMMM d" : "EEEE d MMMM",
                lang.locale()));
    }

    /** "lun. 17" or "Mon 17", under the chart's bars. */
    public String shortDay(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("EEE d", lang.locale()));
    }

    /** "lun. 17 févr." or "Mon, Feb 17": a gesture's day in one short line. */
    public String shortDate(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofPattern(lang == Lang.EN ? "EEE, MMM d" : "EEE d MMM",
                lang.locale()));
    }

    /** "17 février" or "February 17". */
    public String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofPattern(lang == Lang.EN ? "MMMM d" : "d MMMM",
                lang.locale()));
    }

    /** "10 h 00" (Québec usage) or "10:00 AM". */
    public String time(LocalTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ofPattern(lang == Lang.EN ? "h:mm a" : "H 'h' mm",
                lang.locale()));
    }
}
