package qc.trousse.i18n;

import java.util.Locale;

/** The two languages of the app; French comes first. */
public enum Lang {
    FR(Locale.CANADA_FRENCH), EN(Locale.CANADA);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "fr" or "en" (any case); anything else is refused so a typo is not silently French. */
    public static Lang parse(String code) {
        for (Lang lang : values()) {
            if (lang.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return lang;
            }
        }
        throw new IllegalArgumentException("lang: " + code);
    }
}
