package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.store.StoreCopy;
import qc.trousse.store.StoreOpenException;
import qc.trousse.store.StoreUrl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** `store push --from FILE.db --to postgresql://…`: the office's file into an empty database, all or nothing. */
final class StorePushCommand implements CliCommand {
    @Override
    public String name() {
        return "store push";
    }

    @Override
    public String helpKey() {
        return "server.cli.help.push";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        StoreArgs given = StoreArgs.parse(args);
        Path file = Path.of(given.from());
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(I18n.tr("store.notFound", file, ""));
        }
        try {
            StoreUrl to = StoreUrl.parse(given.to());
            long rows = StoreCopy.push(file, to);
            context.out().println(I18n.tr("server.cli.pushed", rows, file, to.where()));
            return 0;
        } catch (StoreOpenException e) {
            throw new CommandFailure(e.userMessage(), e);
        }
    }
}
