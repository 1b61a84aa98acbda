package qc.trousse.cli;

import qc.trousse.office.Riding;
import qc.trousse.office.RidingSearch;
import qc.trousse.office.RidingTexts;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;

import java.util.List;

/**
 * `profile ridings [TEXT]`: the riding search of the profile screen, on the map of the file's week. Nothing
 * found is one line on stderr and exit 1, so a script can tell; a former name lists the ridings now in force.
 */
final class ProfileRidingsCommand implements CliCommand {
    @Override
    public String name() {
        return "profile ridings";
    }

    @Override
    public String helpKey() {
        return "cli.help.profileRidings";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        for (String arg : args) {
            if (arg.startsWith("--")) {
                throw new UsageException("cli.unknownOption", arg);
            }
        }
        try (Session session = context.openSession()) {
            Ridings map = session.office().ridings();
            RidingSearch search = RidingSearch.of(map, String.join(" ", args));
            if (search.nothingFound()) {
                throw new CommandFailure(search.note());
            }
            context.out().println(RidingTexts.map(map));
            if (!search.note().isEmpty()) {
                context.out().println(search.note());
            }
            for (Riding r : search.matches()) {
                context.out().println(r.name() + "\t" + r.code() + "\t" + r.region());
            }
            return 0;
        }
    }
}
