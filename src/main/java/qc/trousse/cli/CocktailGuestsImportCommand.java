package qc.trousse.cli;

import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestImport;
import qc.trousse.i18n.I18n;
import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.session.Session;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.util.List;

/**
 * `cocktail guests import FILE [--dry-run]`: reads the list, prints each bad row with its line, adds the good
 * ones as invited guests in one transaction. As with the recipients, the list is read before the data file is
 * opened, and a dry run never opens it.
 */
final class CocktailGuestsImportCommand implements CliCommand {
    @Override
    public String name() {
        return "cocktail guests import";
    }

    @Override
    public String helpKey() {
        return "cocktail.cli.help.guestsImport";
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
            throw new UsageException("cocktail.cli.guests.missingFile");
        }
        ImportPreview<Guest> preview = read(file);
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
            context.out().println(I18n.tr("cocktail.cli.guests.dryRun", preview.good().size(), preview.bad().size()));
            return 0;
        }
        try (Session session = context.openSession()) {
            int added = session.guests().importAll(preview.values()).size();
            context.out().println(I18n.tr("cocktail.cli.guests.added", added, context.data(), preview.bad().size()));
            return 0;
        }
    }

    private static ImportPreview<Guest> read(Path file) throws CommandFailure {
        try {
            return GuestImport.preview(file, Progress.NONE);
        } catch (ImportException e) {
            throw new CommandFailure(e.userMessage());
        } catch (Progress.CancelledException e) {
            throw new IllegalStateException("a headless import is never cancelled", e);
        }
    }
}
