package qc.trousse.cli;

import qc.trousse.campaign.CampaignLoader;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientImport;
import qc.trousse.certificates.RecipientService;
import qc.trousse.i18n.I18n;
import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.session.Session;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * `recipients import FILE [--dry-run]`: reads the list, prints each bad row with its line, adds the good
 * ones in one transaction. The file is read before the data file is opened, so a bad list touches nothing;
 * a dry run never opens the data file at all.
 */
final class RecipientsImportCommand implements CliCommand {
    @Override
    public String name() {
        return "recipients import";
    }

    @Override
    public String helpKey() {
        return "cli.help.recipientsImport";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        boolean dryRun = false;
        Path file = null;
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.startsWith("--")) {
                throw new UsageException("cli.unknownOption", arg);
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                throw new UsageException("cli.unexpected", arg);
            }
        }
        if (file == null) {
            throw new UsageException("cli.recipients.missingFile");
        }
        LocalDate defaultDate = RecipientService.defaultDate(CampaignLoader.jps2020(), LocalDate.now());
        ImportPreview<Recipient> preview = read(file, defaultDate);
        context.out().println(I18n.tr("cli.recipients.read", file.getFileName(), preview.table().description()));
        if (preview.mappingProblem().isPresent()) {
            throw new CommandFailure(I18n.tr("cli.recipients.mapping", file.getFileName(),
                    preview.mappingProblem().get().message()));
        }
        for (ImportPreview.Bad bad : preview.bad()) {
            context.out().println(I18n.tr("cli.recipients.badRow", bad.line(), bad.message()));
        }
        if (preview.good().isEmpty()) {
            throw new CommandFailure(I18n.tr("cli.recipients.noneValid", file.getFileName()));
        }
        if (dryRun) {
            context.out().println(I18n.tr("cli.recipients.dryRun", preview.good().size(), preview.bad().size()));
            return 0;
        }
        try (Session session = context.openSession()) {
            int added = session.recipients().importAll(preview.values());
            context.out().println(I18n.tr("cli.recipients.added", added, context.data(), preview.bad().size()));
            return 0;
        }
    }

    private static ImportPreview<Recipient> read(Path file, LocalDate defaultDate) throws CommandFailure {
        try {
            return RecipientImport.preview(file, defaultDate, Progress.NONE);
        } catch (ImportException e) {
            throw new CommandFailure(e.userMessage());
        } catch (Progress.CancelledException e) {
            throw new IllegalStateException("a headless import is never cancelled", e);
        }
    }
}
