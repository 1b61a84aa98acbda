package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.session.Session;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.util.List;

/**
 * `… import FILE [--dry-run] [--strict]` for any list the shared importer reads: the list is read before the data
 * file is opened, each bad row is printed with its line, the good rows are added in one transaction (all or none),
 * and a dry run never opens the data file at all. When rows were left out the command exits with
 * {@link #ROWS_SKIPPED}, so a script can tell; with --strict nothing at all is imported then.
 */
abstract class TableImportCommand<T> implements CliCommand {
    /** Exit code when the good rows were imported (or would be) but some rows were left out. */
    static final int ROWS_SKIPPED = 4;

    /** Message keys that differ between lists: no file given, the dry run's count, what was added (both plurals). */
    protected record Keys(String missingFile, String dryRun, String added) {
    }

    protected abstract Keys keys();

    protected abstract ImportPreview<T> preview(Path file, CliContext context)
            throws ImportException, Progress.CancelledException, CommandFailure;

    /** Adds the rows to the open file in one transaction; returns how many were added. */
    protected abstract int save(Session session, List<T> rows);

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        boolean dryRun = false;
        boolean strict = false;
        Path file = null;
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.equals("--strict")) {
                strict = true;
            } else if (arg.startsWith("--")) {
                throw new UsageException("cli.unknownOption", arg);
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                throw new UsageException("cli.unexpected", arg);
            }
        }
        if (file == null) {
            throw new UsageException(keys().missingFile());
        }
        ImportPreview<T> preview = read(file, context);
        context.out().println(I18n.tr("cli.recipients.read", file.getFileName(), preview.table().description()));
        if (preview.mappingProblem().isPresent()) {
            throw new CommandFailure(I18n.tr("cli.recipients.mapping", file.getFileName(),
                    preview.mappingProblem().get().message()));
        }
        for (ImportPreview.Bad bad : preview.bad()) {
            context.out().println(I18n.tr("cli.recipients.badRow", bad.line(), bad.message()));
        }
        for (ImportPreview.Bad warning : preview.warnings()) {
            context.out().println(I18n.tr("cli.recipients.warning", warning.line(), warning.message()));
        }
        if (preview.good().isEmpty()) {
            throw new CommandFailure(I18n.tr("cli.recipients.noneValid", file.getFileName()));
        }
        int skipped = preview.bad().size();
        if (strict && skipped > 0) {
            throw new CommandFailure(ROWS_SKIPPED, I18n.count("cli.recipients.strict", skipped, file.getFileName()));
        }
        if (dryRun) {
            context.out().println(I18n.count(keys().dryRun(), preview.good().size(), leftOut(skipped)));
        } else {
            try (Session session = context.openSession()) {
                int added = save(session, preview.values());
                context.out().println(I18n.count(keys().added(), added, context.where(), leftOut(skipped)));
            }
        }
        if (skipped > 0) {
            throw new CommandFailure(ROWS_SKIPPED, I18n.count("cli.recipients.skipped", skipped, ROWS_SKIPPED));
        }
        return 0;
    }

    /** "1 ligne ignorée", "2 lignes ignorées": the second count of a sentence has its own plural. */
    private static String leftOut(int skipped) {
        return I18n.count("cli.rows.leftOut", skipped);
    }

    private ImportPreview<T> read(Path file, CliContext context) throws CommandFailure {
        try {
            return preview(file, context);
        } catch (ImportException e) {
            throw new CommandFailure(e.userMessage(), e);
        } catch (Progress.CancelledException e) {
            throw new IllegalStateException("a headless import is never cancelled", e);
        }
    }
}
