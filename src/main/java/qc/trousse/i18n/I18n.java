package qc.trousse.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one facade for every text shown to people. Keys are grouped by screen ("profile.mna", "menu.file").
 * The language is process-wide because the app shows one language at a time; the window rebuilds on a switch.
 */
public final class I18n {
    public static final String BUNDLE = "i18n.messages";
    private static volatile Lang lang = Lang.FR;
    private static volatile ResourceBundle bundle = load(Lang.FR);

    private I18n() {
    }

    public static Lang language() {
        return lang;
    }

    public static void setLanguage(Lang newLang) {
        bundle = load(newLang);
        lang = newLang;
    }

    public static ResourceBundle bundle(Lang of) {
        return load(of);
    }

    /** The text for a key with {0}-style arguments; a missing key shows itself rather than an empty label. */
    public static String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), lang.locale()).format(args);
    }

    /** The text for a key in a given language, whatever the window's: a document has its own language. */
    public static String in(Lang of, String key, Object... args) {
        String pattern;
        try {
            pattern = load(of).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), of.locale()).format(args);
    }

    /**
     * "1 publication", "2 publications": {@code key.one} or {@code key.other} chosen by {@code n}, which is {0} in
     * the text; {@code args} follow as {1}, {2}… French counts 0 and 1 as singular ("0 certificat remis"),
     * English only 1 ("0 certificates").
     */
    public static String count(String key, long n, Object... args) {
        return count(lang, key, n, args);
    }

    /** {@link #count(String, long, Object...)} in a given language. */
    public static String count(Lang of, String key, long n, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = n;
        System.arraycopy(args, 0, all, 1, args.length);
        return in(of, key + (singular(of, n) ? ".one" : ".other"), all);
    }

    static boolean singular(Lang of, long n) {
        return of == Lang.FR ? n == 0 || n == 1 : n == 1;
    }

    private static ResourceBundle load(Lang of) {
        return ResourceBundle.getBundle(BUNDLE, of.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
