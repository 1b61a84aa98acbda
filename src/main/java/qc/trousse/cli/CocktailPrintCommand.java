package qc.trousse.cli;

import qc.trousse.cocktail.CocktailDocuments;
import qc.trousse.cocktail.print.CocktailPrints;
import qc.trousse.cocktail.print.GuestSelection;
import qc.trousse.cocktail.print.PrintData;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** `cocktail print --what guests|runsheet|badges --out FILE.pdf [--confirmed]`. */
final class CocktailPrintCommand implements CliCommand {
    @Override
    public String name() {
        return "cocktail print";
    }

    @Override
    public String helpKey() {
        return "cocktail.cli.help.print";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        Path out = null;
        CocktailPrints.What what = null;
        GuestSelection selection = GuestSelection.ALL;
        String[] array = args.toArray(String[]::new);
        for (int i = 0; i < array.length; i++) {
            switch (array[i]) {
                case "--out" -> out = Path.of(GlobalOptions.value(array, ++i, "--out"));
                case "--what" -> what = what(GlobalOptions.value(array, ++i, "--what"));
                case "--confirmed" -> selection = GuestSelection.CONFIRMED;
                default -> throw new UsageException("cli.unknownOption", array[i]);
            }
        }
        if (what == null) {
            throw new UsageException("cli.missingValue", "--what");
        }
        if (out == null) {
            throw new UsageException("cli.missingValue", "--out");
        }
        Outputs.check(out);
        try (Session session = context.openSession()) {
            PrintData data = CocktailDocuments.printData(session.cocktail(), session.door(),
                    CocktailDocuments.title(session.campaign().cocktailName().current()),
                    session.office().profile().mnaName());
            CocktailDocuments.writePdf(what, selection, data, out);
            context.out().println(I18n.tr("cocktail.cli.printDone", out));
            return 0;
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailure(I18n.tr("cocktail.writeFailed", out, e.getMessage()), e);
        }
    }

    private static CocktailPrints.What what(String word) throws UsageException {
        try {
            return CocktailPrints.What.parse(word);
        } catch (IllegalArgumentException e) {
            throw new UsageException("cocktail.cli.badWhat", word);
        }
    }
}
