package qc.trousse.certificates.render;

import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ResourceBundle;

/** The words printed for each field, in the certificate's own language (which may differ from the window's). */
final class FieldTexts {
    private FieldTexts() {
    }

    /** Each language's bundle, read once: a batch asks for it on every field of every page. */
    private static final Map<Lang, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    /** Texts that depend only on the office, the date and the language: the same on every page of a batch. */
    private static final Map<String, String> OFFICE_TEXTS = new ConcurrentHashMap<>();

    static String text(FieldId id, CertificateFields f) {
        return switch (id) {
            case NAME -> f.recipientName();
            case REASON -> f.reason();
            case MNA_NAME -> f.mnaName();
            case SLOGAN -> f.slogan();
            case HASHTAG -> f.hashtag();
            case SIGNATURE, LOGO -> "";
            case TITLE -> f.title().isEmpty() ? compose(id, f) : f.title();
            case PRESENTED_TO -> f.presentedTo().isEmpty() ? compose(id, f) : f.presentedTo();
            default -> {
                String key = id + "|" + f.language() + "|" + f.ridingName() + "|" + f.mnaTitle() + "|" + f.date();
                String text = OFFICE_TEXTS.get(key);
                if (text == null) {
                    if (OFFICE_TEXTS.size() > 1_000) {
                        OFFICE_TEXTS.clear();
                    }
                    text = compose(id, f);
                    OFFICE_TEXTS.put(key, text);
                }
                yield text;
            }
        };
    }

    private static String compose(FieldId id, CertificateFields f) {
        ResourceBundle b = BUNDLES.computeIfAbsent(f.language(), I18n::bundle);
        boolean fr = f.language() == Lang.FR;
        return switch (id) {
            case TITLE -> b.getString("certificates.render.title");
            case PRESENTED_TO -> b.getString("certificates.render.presentedTo");
            case NAME -> f.recipientName();
            case REASON -> f.reason();
            case RIDING -> f.ridingName().isBlank() ? ""
                    : format(b, "certificates.render.riding", f.language(), fr ? ofRiding(f.ridingName()) : f.ridingName());
            case DATE -> date(f, b, fr);
            case MNA_NAME -> f.mnaName();
            case MNA_TITLE -> mnaTitle(f, b, fr);
            case SLOGAN -> f.slogan();
            case HASHTAG -> f.hashtag();
            case SIGNATURE, LOGO -> "";
        };
    }

    /** "Le 1er mars 2020" in French, where the first of the month is an ordinal. */
    private static String date(CertificateFields f, ResourceBundle b, boolean fr) {
        String pattern = b.getString("certificates.render.datePattern");
        if (fr && f.date().getDayOfMonth() == 1) {
            pattern = pattern.replace(" d ", " d'er' ");
        }
        String key = f.language() + pattern;
        return f.date().format(FORMATS.computeIfAbsent(key, k -> DateTimeFormatter.ofPattern(k.substring(2),
                f.language().locale())));
    }

    private static String mnaTitle(CertificateFields f, ResourceBundle b, boolean fr) {
        if (f.mnaTitle().isBlank()) {
            return "";
        }
        String title = f.mnaTitle().substring(0, 1).toUpperCase(f.language().locale()) + f.mnaTitle().substring(1);
        if (f.ridingName().isBlank()) {
            return title;
        }
        return format(b, "certificates.render.mnaTitle", f.language(), title,
                fr ? ofRiding(f.ridingName()) : f.ridingName());
    }

    /** "de Taschereau", "d’Anjou–Louis-Riel", "des Plaines", "du Lac-Saint-Jean" as French says it. */
    static String ofRiding(String name) {
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        String first = java.text.Normalizer.normalize(name.substring(0, 1), java.text.Normalizer.Form.NFD)
                .substring(0, 1).toLowerCase(Locale.ROOT);
        return "aeiouy".contains(first) ? "d’" + name : "de " + name;
    }

    private static String format(ResourceBundle b, String key, Lang lang, Object... args) {
        return new MessageFormat(b.getString(key).replace("'", "''"), lang.locale()).format(args);
    }
}
