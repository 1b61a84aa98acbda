package qc.trousse.cli;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.Edition;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;

import java.io.PrintStream;
import java.util.List;

/** `edition show`: the file's edition, each fact as announced or "à confirmer". */
final class EditionShowCommand implements CliCommand {
    @Override
    public String name() {
        return "edition show";
    }

    @Override
    public String helpKey() {
        return "edition.cli.help.show";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        if (!args.isEmpty()) {
            throw new UsageException("cli.unexpected", args.get(0));
        }
        try (Session session = context.openSession()) {
            Edition e = session.edition();
            Campaign c = e.campaign();
            PrintStream out = context.out();
            out.println(I18n.tr("edition.cli.edition", c.edition().current(), I18n.tr(e.ownText().isEmpty()
                    ? "edition.cli.shipped" : "edition.cli.own")));
            out.println(I18n.tr("edition.cli.week", EditionWords.days(c)));
            out.println(I18n.tr("edition.cli.theme", EditionWords.theme(c)));
            out.println(I18n.tr("edition.cli.hashtags", String.join(" ", c.facts().hashtags())));
            out.println(I18n.tr("edition.cli.spokesperson", EditionWords.orToConfirm(c.spokesperson())));
            out.println(I18n.tr("edition.cli.assembly", EditionWords.assembly(c)));
            out.println(I18n.tr("edition.cli.persevert", c.facts().persevertDay().map(Object::toString)
                    .orElse(I18n.tr("edition.cli.none"))));
            if (c.facts().carriedOverFrom() != 0) {
                out.println(I18n.tr("edition.cli.carried", String.valueOf(c.facts().carriedOverFrom())));
            }
            return 0;
        }
    }
}
