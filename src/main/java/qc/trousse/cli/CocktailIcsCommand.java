package qc.trousse.cli;

import qc.trousse.cocktail.CocktailDocuments;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** `cocktail ics --out FILE.ics [--week]`: the calendar file, in Québec time. */
final class CocktailIcsCommand implements CliCommand {
    @Override
    public String name() {
        return "cocktail ics";
    }

    @Override
    public String helpKey() {
        return "cocktail.cli.help.ics";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        Path out = null;
        boolean week = false;
        String[] array = args.toArray(String[]::new);
        for (int i = 0; i < array.length; i++) {
            switch (array[i]) {
                case "--out" -> out = Path.of(GlobalOptions.value(array, ++i, "--out"));
                case "--week" -> week = true;
                default -> throw new UsageException("cli.unknownOption", array[i]);
            }
        }
        if (out == null) {
            throw new UsageException("cli.missingValue", "--out");
        }
        Outputs.check(out);
        try (Session session = context.openSession()) {
            String title = CocktailDocuments.title(session.campaign().cocktailName().current());
            CocktailDocuments.writeIcs(session.cocktail(), session.calendar(), title, week, out);
            context.out().println(I18n.tr("cocktail.cli.icsDone", out));
            return 0;
        } catch (IOException e) {
            throw new CommandFailure(I18n.tr("cocktail.writeFailed", out, e.getMessage()), e);
        }
    }
}
