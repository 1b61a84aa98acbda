package qc.trousse.certificates;

import qc.trousse.importing.HeaderNames;

import java.util.Optional;

/** Who is honoured: a person or an organisation (a school, a club, a business). */
public enum RecipientKind {
    PERSON, ORGANISATION;

    public String labelKey() {
        return "recipients.kind." + name().toLowerCase();
    }

    /** Reads the word a list uses: personne/person/p, organisme/organisation/organization/o. */
    public static Optional<RecipientKind> parse(String word) {
        String w = HeaderNames.normalize(word);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        if (w.equals("p") || w.startsWith("person") || w.startsWith("individu")) {
            return Optional.of(PERSON);
        }
        if (w.equals("o") || w.startsWith("organ") || w.startsWith("entreprise") || w.startsWith("ecole")
                || w.startsWith("school") || w.startsWith("company")) {
            return Optional.of(ORGANISATION);
        }
        return Optional.empty();
    }
}
