package qc.trousse.cli;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientImport;
import qc.trousse.certificates.RecipientService;
import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.session.Session;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** `recipients import FILE [--dry-run]`: adds the good rows as recipients to print, in one transaction. */
final class RecipientsImportCommand extends TableImportCommand<Recipient> {
    @Override
    public String name() {
        return "recipients import";
    }

    @Override
    public String helpKey() {
        return "cli.help.recipientsImport";
    }

    @Override
    protected Keys keys() {
        return new Keys("cli.recipients.missingFile", "cli.recipients.dryRun", "cli.recipients.added");
    }

    @Override
    protected ImportPreview<Recipient> preview(Path file, CliContext context)
            throws ImportException, Progress.CancelledException, CommandFailure {
        LocalDate defaultDate = RecipientService.defaultDate(context.campaign(), LocalDate.now());
        return RecipientImport.preview(file, defaultDate, Progress.NONE);
    }

    @Override
    protected int save(Session session, List<Recipient> rows) {
        return session.recipients().importAll(rows);
    }
}
