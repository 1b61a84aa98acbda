package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.store.ServerStore;
import qc.trousse.store.StoreCopy;
import qc.trousse.store.StoreOpenException;
import qc.trousse.store.StoreUrl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** `store pull --from postgresql://… --to FILE.db`: a new SQLite file, one instant of the database, made whole. */
final class StorePullCommand implements CliCommand {
    @Override
    public String name() {
        return "store pull";
    }

    @Override
    public String helpKey() {
        return "server.cli.help.pull";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        StoreArgs given = StoreArgs.parse(args);
        Path file = Path.of(given.to());
        if (Files.exists(file)) {
            throw new CommandFailure(I18n.tr("server.cli.pullExists", file));
        }
        try {
            StoreUrl from = StoreUrl.parse(given.from());
            try (ServerStore server = ServerStore.open(from)) {
                long rows = StoreCopy.pull(server, file);
                context.out().println(I18n.tr("server.cli.pulled", rows, from.where(), file));
            }
            return 0;
        } catch (StoreOpenException e) {
            throw new CommandFailure(e.userMessage(), e);
        }
    }
}
