package qc.trousse.cli;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.batch.RecipientBatch;
import qc.trousse.certificates.batch.Scope;
import qc.trousse.certificates.print.Printing;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.CertificateFieldsFactory;
import qc.trousse.certificates.render.Paper;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of the certificate commands. Without --name the certificates are the recipients of the file
 * (--only-unprinted: those not yet printed); each --reason belongs to the --name before it; --date applies
 * to the names given. Every value is checked before the file is opened.
 */
record CertificateArgs(Map<String, String> options, List<String[]> people, Paper paper, LocalDate date, int copies,
                       boolean onlyUnprinted) {
    static final String ONLY_UNPRINTED = "--only-unprinted";

    /** The certificates of a command: what to render, and the recipients to mark when they print (none for names). */
    record Chosen(List<CertificateFields> certificates, List<Recipient> recipients, RecipientBatch batch) {
    }

    static CertificateArgs parse(List<String> args, Set<String> allowed) throws UsageException {
        Map<String, String> options = new java.util.HashMap<>();
        List<String[]> people = new ArrayList<>();
        boolean onlyUnprinted = false;
        String[] array = args.toArray(String[]::new);
        for (int i = 0; i < array.length; i++) {
            String option = array[i];
            if (!allowed.contains(option)) {
                throw new UsageException(option.startsWith("--") ? "cli.unknownOption" : "cli.unexpected", option);
            }
            if (option.equals(ONLY_UNPRINTED)) {
                onlyUnprinted = true;
                continue;
            }
            String value = GlobalOptions.value(array, ++i, option);
            switch (option) {
                case "--name" -> people.add(new String[]{value, ""});
                case "--reason" -> {
                    if (people.isEmpty()) {
                        throw new UsageException("cli.certificates.noName");
                    }
                    people.get(people.size() - 1)[1] = value;
                }
                default -> options.put(option, value);
            }
        }
        if (onlyUnprinted && !people.isEmpty()) {
            throw new UsageException("cli.certificates.unprintedWithName");
        }
        return new CertificateArgs(options, people, paper(options.get("--paper")), date(options.get("--date")),
                copies(options.get("--copies")), onlyUnprinted);
    }

    /** The certificates to make: the --name arguments, or else the file's recipients. */
    Chosen certificates(Session session, Printing printer) throws CommandFailure {
        CertificateFieldsFactory factory = new CertificateFieldsFactory(session.office(), session.campaign());
        RecipientBatch batch = new RecipientBatch(session.recipients(), factory,
                new CertificateRenderer(session.certificateDesign().design()), printer, Clock.systemDefaultZone(),
                I18n.language());
        if (!people.isEmpty()) {
            return new Chosen(people.stream().map(p -> factory.fields(p[0], p[1], date, I18n.language())).toList(),
                    List.of(), batch);
        }
        List<Recipient> chosen = (onlyUnprinted ? Scope.UNPRINTED : Scope.ALL).choose(session.recipients().all(),
                List.of());
        if (chosen.isEmpty()) {
            throw new CommandFailure(I18n.tr(onlyUnprinted ? "cli.certificates.noneUnprinted"
                    : "cli.certificates.noRecipients", session.where()));
        }
        return new Chosen(batch.fields(chosen), chosen, batch);
    }

    Path path(String option) {
        String value = options.get(option);
        return value == null ? null : Path.of(value);
    }

    private static Paper paper(String value) throws UsageException {
        try {
            return value == null ? Paper.LETTER : Paper.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("cli.certificates.badPaper", value);
        }
    }

    private static LocalDate date(String value) throws UsageException {
        try {
            return value == null ? LocalDate.now() : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("cli.certificates.badDate", value);
        }
    }

    private static int copies(String value) throws UsageException {
        try {
            int n = value == null ? 1 : Integer.parseInt(value);
            if (n < 1 || n > 99) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("cli.certificates.badCopies", value);
        }
    }
}
