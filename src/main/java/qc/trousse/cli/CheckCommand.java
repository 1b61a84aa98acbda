package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;
import qc.trousse.store.FileVerdict;

import java.util.List;

/** `check`: integrity and schema version of a file, read-only, in one line. */
final class CheckCommand implements CliCommand {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String helpKey() {
        return "cli.help.check";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        if (!args.isEmpty()) {
            throw new UsageException("cli.unexpected", args.get(0));
        }
        try {
            FileVerdict verdict = DataFile.inspect(context.data());
            String key = verdict.needsMigration() ? "cli.check.okOlder" : "cli.check.ok";
            context.out().println(I18n.tr(key, verdict.file(), verdict.version(), verdict.current()));
            return 0;
        } catch (DataFileException e) {
            throw new CommandFailure(e.userMessage());
        }
    }
}
