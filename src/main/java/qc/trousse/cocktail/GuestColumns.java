package qc.trousse.cocktail;

import qc.trousse.importing.ColumnMapping;
import qc.trousse.importing.HeaderNames;
import qc.trousse.importing.ImportSchema;
import qc.trousse.importing.MappedRow;
import qc.trousse.importing.NameColumns;
import qc.trousse.importing.Problem;
import qc.trousse.importing.RowProblem;
import qc.trousse.importing.TargetField;

import java.util.List;
import java.util.Optional;

/**
 * How a list of cocktail guests is read, with the same reading, detection and row reports as the recipients.
 * A « Prénom » column beside « Nom » makes « Nom » the family name; a row with only an organisation is an
 * organisation invited as a whole. Every guest read is invited, alone, until the office hears back; a
 * « Certificat » column marked « oui » makes the guest a recipient too (the session does that).
 */
public final class GuestColumns implements ImportSchema<Guest> {
    public static final String NAME = NameColumns.NAME;
    public static final String FIRST_NAME = NameColumns.FIRST_NAME;
    public static final String LAST_NAME = NameColumns.LAST_NAME;
    public static final String ORGANISATION = NameColumns.ORGANISATION;
    public static final String ROLE = "role";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String REASON = "reason";
    public static final String KIND = "kind";
    public static final String CERTIFICATE = "certificate";
    /** The order of the mapping form: the name first, however the header is matched. */
    public static final List<String> FORM_ORDER = List.of(NAME, FIRST_NAME, LAST_NAME, ORGANISATION, ROLE, EMAIL,
            PHONE, REASON, KIND, CERTIFICATE);
    public static final int NAME_MAX = 150;
    private static final int CELL_MAX = 400;
    private static final List<String> CERTIFICATES = List.of("certificat", "certificate", "reconnaissance",
            "certificatdereconnaissance", "certificatremis", "recoituncertificat");
    private static final List<String> YES = List.of("oui", "o", "yes", "y", "x", "1", "vrai", "true");
    private static final List<String> NO = List.of("non", "n", "no", "0", "faux", "false");
    private static final List<String> ROLES = List.of("role", "fonction", "titre", "poste", "title", "position",
            "jobtitle");
    /** Most specific first: "nomdefamille" must win over "nom". */
    private static final List<TargetField> FIELDS = List.of(
            field(LAST_NAME, HeaderNames.LAST_NAME, NAME_MAX),
            field(FIRST_NAME, HeaderNames.FIRST_NAME, NAME_MAX),
            field(NAME, HeaderNames.NAME, NAME_MAX),
            field(ORGANISATION, HeaderNames.ORGANISATION, NAME_MAX),
            field(ROLE, ROLES, NAME_MAX),
            field(EMAIL, HeaderNames.EMAIL, 254),
            field(PHONE, HeaderNames.PHONE, 60),
            field(REASON, HeaderNames.REASON, CELL_MAX),
            field(KIND, HeaderNames.KIND, 40),
            field(CERTIFICATE, CERTIFICATES, 20));

    private static TargetField field(String id, List<String> aliases, int max) {
        return new TargetField(id, "cocktail.field." + id, aliases, max);
    }

    @Override
    public List<TargetField> fields() {
        return FIELDS;
    }

    @Override
    public ColumnMapping guess(List<String> headers) {
        return NameColumns.guess(ImportSchema.super.guess(headers));
    }

    @Override
    public Optional<Problem> check(ColumnMapping m, List<String> headers) {
        return NameColumns.check(m, headers);
    }

    @Override
    public Guest convert(MappedRow row) throws RowProblem {
        String person = NameColumns.person(row);
        String organisation = row.line(ORGANISATION);
        GuestKind kind = kind(row.line(KIND), person, organisation);
        // An organisation honoured as a whole is known by its own name, not written twice on the door list.
        String name = person.isEmpty() ? organisation : person;
        if (person.isEmpty()) {
            organisation = "";
        }
        if (name.isEmpty()) {
            throw new RowProblem("import.row.noName");
        }
        int length = name.codePointCount(0, name.length());
        if (length > NAME_MAX) {
            throw new RowProblem("import.row.nameTooLong", length, NAME_MAX);
        }
        Guest g = new Guest(0, kind, name, organisation, row.line(ROLE), row.line(EMAIL), row.line(PHONE),
                row.text(REASON), RsvpState.INVITED, 1, "", "", certificate(row.line(CERTIFICATE)), 0);
        List<String> problems = GuestRules.problems(g);
        if (!problems.isEmpty()) {
            throw new RowProblem("cocktail.import.row.badEmail", g.email());
        }
        return g;
    }

    /** « Oui », "x", "1"… in a « Certificat » column: the guest receives a certificate at the event. */
    private static boolean certificate(String given) throws RowProblem {
        String w = HeaderNames.normalize(given);
        if (w.isEmpty() || NO.contains(w)) {
            return false;
        }
        if (YES.contains(w)) {
            return true;
        }
        throw new RowProblem("cocktail.import.row.badCertificate", given);
    }

    private static GuestKind kind(String given, String person, String organisation) throws RowProblem {
        if (given.isEmpty()) {
            return person.isEmpty() && !organisation.isEmpty() ? GuestKind.ORGANISATION : GuestKind.PERSON;
        }
        return parseKind(given).orElseThrow(() -> new RowProblem("import.row.badKind", given));
    }

    /** Reads the word a list uses: personne/person/p/invité, organisme/organisation/o/école/entreprise. */
    static Optional<GuestKind> parseKind(String word) {
        String w = HeaderNames.normalize(word);
        if (w.equals("p") || w.startsWith("person") || w.startsWith("individu") || w.startsWith("invit")
                || w.startsWith("guest")) {
            return Optional.of(GuestKind.PERSON);
        }
        if (w.equals("o") || w.startsWith("organ") || w.startsWith("entreprise") || w.startsWith("ecole")
                || w.startsWith("school") || w.startsWith("company")) {
            return Optional.of(GuestKind.ORGANISATION);
        }
        return Optional.empty();
    }
}
