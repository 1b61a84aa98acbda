package qc.trousse.i18n;

/** A text that exists in both languages, as campaign data is. */
public record Localized(String fr, String en) {
    public String in(Lang lang) {
        return lang == Lang.EN ? en : fr;
    }

    public String current() {
        return in(I18n.language());
    }
}
