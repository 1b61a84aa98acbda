package qc.trousse.cli;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;

import java.util.List;

/** `edition list`: the editions the app ships, with their week and theme ("à confirmer" when not announced). */
final class EditionListCommand implements CliCommand {
    @Override
    public String name() {
        return "edition list";
    }

    @Override
    public String helpKey() {
        return "edition.cli.help.list";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("cli.unexpected", args.get(0));
        }
        for (Campaign c : Editions.shipped().all()) {
            context.out().println(c.yearText() + "\t" + EditionWords.days(c) + "\t" + EditionWords.theme(c) + "\t"
                    + I18n.tr("edition.cli.shipped"));
        }
        return 0;
    }
}
