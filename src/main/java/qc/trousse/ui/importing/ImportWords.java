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

    /** « 4 lignes valides, 1 ligne à corriger »: each count with its own plural, never « ligne(s) ». */
    public String summary(int good, int bad) {
        return tr("summary", I18n.count(prefix + ".summary.good", good), I18n.count("import.summary.bad", bad));
    }
}
