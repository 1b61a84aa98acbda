package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileLocation;
import qc.trousse.store.Logs;
import qc.trousse.store.StoreException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The headless commands over the same services as the window. Exit 0 on success, 2 on a bad command line,
 * 1 when the work could not be done; every failure is one line on stderr, never a stack trace. Every failure
 * goes through {@link #failed}, the commands' one error path (docs/adr/0007-one-error-path.md).
 */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());
    private final List<CliCommand> commands = new ArrayList<>(List.of(
            new CheckCommand(), new ProfileShowCommand(), new ProfileSetCommand(), new GesturesListCommand(),
            new ProfileRidingsCommand(),
            new CocktailShowCommand(), new CocktailIcsCommand(), new CocktailPrintCommand(),
            new CocktailGuestsImportCommand(),
            new RecipientsImportCommand(), new RecipientsListCommand(),
            new PostsListCommand(), new PostsExportCommand(), new PostsCheckCommand(), new PostsNetworksCommand(),
            new CertificatesPdfCommand(), new CertificatesPrintCommand(), new ReportCommand(),
            new StorePushCommand(), new StorePullCommand(),
            new EditionListCommand(), new EditionShowCommand(), new EditionNewCommand(), new EditionImportCommand(),
            new EditionSetCommand(),
            new CocktailSetCommand()));
    /** The commands that write into the data file, and so create it when it does not exist yet. */
    private static final Set<String> CREATING = Set.of("profile set", "recipients import", "cocktail guests import",
            "cocktail set", "edition set", "posts networks");
    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(GlobalOptions options) {
        if (options.help()) {
            printHelp();
            return 0;
        }
        Path data = options.data().orElseGet(DataFileLocation::defaultFile);
        // for messages about a store that failed under a command: the file or the server, never its password
        CliContext context = new CliContext(out, data, DataFile.Use.reading("?"), options);
        try {
            for (CliCommand command : commands) {
                List<String> words = List.of(command.name().split(" "));
                List<String> given = options.command();
                if (given.size() >= words.size() && given.subList(0, words.size()).equals(words)) {
                    DataFile.Use use = CREATING.contains(command.name()) ? DataFile.Use.creating(command.name())
                            : DataFile.Use.reading(command.name());
                    return command.run(given.subList(words.size(), given.size()), new CliContext(out, data, use, options));
                }
            }
            throw new UsageException("cli.unknownCommand", String.join(" ", options.command()));
        } catch (UsageException e) {
            err.println(I18n.tr(e.key(), e.args()) + " " + I18n.tr("cli.seeHelp"));
            return 2;
        } catch (CommandFailure e) {
            return failed(data, e.getMessage(), e, e.exitCode());
        } catch (StoreException e) {
            return failed(data, I18n.tr("store.writeFailed", context.where(), e.getMessage()), e, 1);
        } catch (RuntimeException e) {
            return failed(data, I18n.tr("cli.failed", String.valueOf(e.getMessage())), e, 1);
        }
    }

    /**
     * Logs the failure with its cause and says it in one line. The log is the one beside the data file, as the
     * window's, when that file exists (a command makes no folder only to say it failed); never on the console,
     * which keeps the one line.
     */
    private int failed(Path data, String line, Throwable cause, int exit) {
        Logger.getLogger("qc.trousse").setUseParentHandlers(false);
        if (Files.isRegularFile(data)) {
            Logs.install(data);
        }
        LOG.log(Level.WARNING, line, cause);
        err.println(line);
        return exit;
    }

    private void printHelp() {
        out.println(I18n.tr("cli.usage"));
        out.println();
        out.println(I18n.tr("cli.globalOptions"));
        out.printf("  %-18s %s%n", "--data " + I18n.tr("cli.help.fileWord"), I18n.tr("cli.help.data"));
        out.printf("  %-18s %s%n", "--store postgresql://HOST[:PORT]/DB?user=NAME", "");
        out.printf("  %-18s %s%n", "", I18n.tr("cli.help.store"));
        out.printf("  %-18s %s%n", "--member " + I18n.tr("cli.help.nameWord"), I18n.tr("cli.help.member"));
        out.printf("  %-18s %s%n", "--lang fr|en", I18n.tr("cli.help.lang"));
        out.printf("  %-18s %s%n", "--smoke", I18n.tr("cli.help.smoke"));
        out.printf("  %-18s %s%n", "--screenshots DIR", I18n.tr("cli.help.screenshots"));
        out.printf("  %-18s %s%n", "--size 1280x800", I18n.tr("cli.help.size"));
        out.printf("  %-18s %s%n", "--help", I18n.tr("cli.help.help"));
        out.println();
        out.println(I18n.tr("cli.commands"));
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(16) + 1;
        for (CliCommand command : commands) {
            out.printf("  %-" + width + "s %s%n", command.name(), I18n.tr(command.helpKey()));
        }
    }
}
