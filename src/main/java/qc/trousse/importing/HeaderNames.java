package qc.trousse.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The header names offices use, in French and English, for the fields every list has. Matching ignores
 * case, accents, spaces and punctuation, so « Prénom », "PRENOM" and "first_name" all match.
 */
public final class HeaderNames {
    public static final List<String> NAME = List.of("nom", "nomcomplet", "name", "fullname", "recipiendaire",
            "recipiendaires", "recipient", "laureat", "laureate", "personne", "nometprenom", "prenometnom");
    public static final List<String> FIRST_NAME = List.of("prenom", "prenoms", "firstname", "givenname", "first");
    public static final List<String> LAST_NAME = List.of("nomdefamille", "nomfamille", "lastname", "surname",
            "familyname", "last");
    public static final List<String> ORGANISATION = List.of("organisme", "organisation", "organization",
            "nomdelorganisme", "nomdelorganisation", "ecole", "school", "entreprise", "etablissement", "company",
            "groupe");
    public static final List<String> REASON = List.of("raison", "motif", "reason", "motifs", "raisons",
            "pourquoi", "mention", "description", "why");
    public static final List<String> DATE = List.of("date", "dateremise", "datederemise", "datedelaremise",
            "datepresentation", "presentationdate", "jour", "day");
    public static final List<String> EMAIL = List.of("courriel", "email", "mail", "adressecourriel",
            "emailaddress", "adressecourrielle", "couriel");
    public static final List<String> KIND = List.of("type", "categorie", "category", "kind");
    public static final List<String> GESTURE = List.of("geste", "gesture", "gestelie", "linkedgesture");
    public static final List<String> PHONE = List.of("telephone", "tel", "phone", "phonenumber");

    private HeaderNames() {
    }

    /** Lower case, accents removed, letters and digits only: « Nom de l’organisme » → "nomdelorganisme". */
    public static String normalize(String header) {
        String decomposed = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .filter(Character::isLetterOrDigit)
                .map(cp -> Character.toLowerCase(cp))
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
