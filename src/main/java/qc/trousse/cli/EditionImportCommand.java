package qc.trousse.cli;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.Edition;
import qc.trousse.i18n.I18n;
import qc.trousse.session.CampaignImport;
import qc.trousse.session.Session;

import java.nio.file.Path;
import java.util.List;

/**
 * `edition import FILE`: a campaign file the office received becomes the data file's edition, once the loader
 * accepts it whole; a fault is one line naming the file, line and key, and nothing is changed.
 */
final class EditionImportCommand implements CliCommand {
    @Override
    public String name() {
        return "edition import";
    }

    @Override
    public String helpKey() {
        return "campaign.import.cli.help";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        if (args.isEmpty()) {
            throw new UsageException("cli.missingValue", "FILE");
        }
        if (args.size() > 1) {
            throw new UsageException("cli.unexpected", args.get(1));
        }
        Path file = Path.of(args.get(0));
        try (Session session = context.openSession()) {
            Edition checked = CampaignImport.check(session, CampaignImport.read(file));
            CampaignImport.write(session, checked);
            Campaign c = checked.campaign();
            context.out().println(I18n.tr("campaign.import.cli.done", file.getFileName(), session.where(),
                    c.edition().current(), EditionWords.days(c), EditionWords.theme(c)));
            return 0;
        } catch (CampaignImport.Unreadable e) {
            throw new CommandFailure(e.getMessage());
        } catch (CampaignFaults e) {
            String others = e.faults().size() > 1
                    ? " " + I18n.count("campaign.import.others", e.faults().size() - 1) : "";
            throw new CommandFailure(e.firstFault() + others + " " + I18n.tr("campaign.import.nothingChanged"));
        }
    }
}
