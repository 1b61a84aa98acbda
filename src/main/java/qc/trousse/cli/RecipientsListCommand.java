package qc.trousse.cli;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientState;
import qc.trousse.i18n.I18n;
import qc.trousse.importing.MappedRow;
import qc.trousse.session.Session;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** `recipients list`: one recipient a line, tab-separated: id, type, name, date, state, reason. */
final class RecipientsListCommand implements CliCommand {
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Override
    public String name() {
        return "recipients list";
    }

    @Override
    public String helpKey() {
        return "cli.help.recipientsList";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        if (!args.isEmpty()) {
            throw new UsageException("cli.unexpected", args.get(0));
        }
        try (Session session = context.openSession()) {
            List<Recipient> all = session.recipients().all();
            if (all.isEmpty()) {
                context.out().println(I18n.tr("cli.recipients.empty", context.where()));
            }
            for (Recipient r : all) {
                context.out().println(String.join("\t", String.valueOf(r.id()), I18n.tr(r.kind().labelKey()),
                        r.name(), r.date().toString(), state(r), MappedRow.oneLine(r.reason())));
            }
            return 0;
        }
    }

    static String state(Recipient r) {
        if (r.state() == RecipientState.PRINTED && r.printedAt() != null) {
            return I18n.tr("recipients.state.printedOn", PRINTED.format(r.printedAt()));
        }
        return I18n.tr(r.state().labelKey());
    }
}
