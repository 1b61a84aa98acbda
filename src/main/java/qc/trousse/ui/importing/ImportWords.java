package qc.trousse.ui.importing;

import qc.trousse.i18n.I18n;

/**
 * The import screen's wording for what is imported: the same screen reads "récipiendaires" for the certificates'
 * list and "invités" for the cocktail's, each from its own keys ({@code recipients.import.*}, {@code guests.import.*}).
 */
public record ImportWords(String prefix) {
    public static final ImportWords RECIPIENTS = new ImportWords("recipients.import");
    public static final ImportWords GUESTS = new ImportWords("guests.import");

    public String tr(String key, Object... args) {
        return I18n.tr(prefix + "." + key, args);
    }
}
