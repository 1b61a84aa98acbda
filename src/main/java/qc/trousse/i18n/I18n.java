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

    private static ResourceBundle load(Lang of) {
        return ResourceBundle.getBundle(BUNDLE, of.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
