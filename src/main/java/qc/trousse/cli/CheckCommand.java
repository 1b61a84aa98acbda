package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;
import qc.trousse.store.FileVerdict;
import qc.trousse.store.Migrations;
import qc.trousse.store.ServerStore;
import qc.trousse.store.StoreOpenException;
import qc.trousse.store.StoreUrl;

import java.util.List;

/** `check`: integrity and schema version of a file (or the office's database), read-only, in one line. */
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
        if (context.server().isPresent()) {
            return checkServer(context);
        }
        try {
            FileVerdict verdict = DataFile.inspect(context.data());
            String key = verdict.needsMigration() ? "cli.check.okOlder" : "cli.check.ok";
            context.out().println(I18n.tr(key, verdict.file(), verdict.version(), verdict.current()));
            return 0;
        } catch (DataFileException e) {
            throw new CommandFailure(e.userMessage(), e);
        }
    }

    /** The server's side: reachable, ours, and at which schema; nothing is migrated. */
    private static int checkServer(CliContext context) throws CommandFailure {
        try {
            StoreUrl url = StoreUrl.parse(context.server().get());
            int version = ServerStore.inspect(url);
            String key = version < Migrations.CURRENT ? "cli.check.okOlder" : "cli.check.ok";
            context.out().println(I18n.tr(key, url.where(), version, Migrations.CURRENT));
            return 0;
        } catch (StoreOpenException e) {
            throw new CommandFailure(e.userMessage(), e);
        }
    }
}
