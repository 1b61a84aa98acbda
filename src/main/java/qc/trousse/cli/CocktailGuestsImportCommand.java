package qc.trousse.cli;

import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestImport;
import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.session.Session;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.util.List;

/** `cocktail guests import FILE [--dry-run]`: adds the good rows as invited guests, in one transaction. */
final class CocktailGuestsImportCommand extends TableImportCommand<Guest> {
    @Override
    public String name() {
        return "cocktail guests import";
    }

    @Override
    public String helpKey() {
        return "cocktail.cli.help.guestsImport";
    }

    @Override
    protected Keys keys() {
        return new Keys("cocktail.cli.guests.missingFile", "cocktail.cli.guests.dryRun", "cocktail.cli.guests.added");
    }

    @Override
    protected ImportPreview<Guest> preview(Path file, CliContext context)
            throws ImportException, Progress.CancelledException, CommandFailure {
        return GuestImport.preview(file, Progress.NONE);
    }

    @Override
    protected int save(Session session, List<Guest> rows) {
        return session.guests().importAll(rows).size();
    }
}
