package qc.trousse.cli;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.WeekChange;
import qc.trousse.i18n.I18n;
import qc.trousse.session.EditionWeekStep;
import qc.trousse.session.Session;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * `edition set [--first-day D] [--theme T] [--hashtag H]`: the file's edition once the campaign announces its
 * week (a given first day marks it announced), theme or hashtag. Checked as Semaine de l'édition… checks it, the
 * refused field named in one line; nothing is saved when a value is refused.
 */
final class EditionSetCommand implements CliCommand {
    @Override
    public String name() {
        return "edition set";
    }

    @Override
    public String helpKey() {
        return "edition.cli.help.set";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        LocalDate firstDay = null;
        String theme = null;
        String hashtag = null;
        String[] a = args.toArray(String[]::new);
        for (int i = 0; i < a.length; i++) {
            switch (a[i]) {
                case "--first-day" -> firstDay = day(GlobalOptions.value(a, ++i, "--first-day"));
                case "--theme" -> theme = GlobalOptions.value(a, ++i, "--theme");
                case "--hashtag" -> hashtag = GlobalOptions.value(a, ++i, "--hashtag");
                default -> throw new UsageException("cli.unknownOption", a[i]);
            }
        }
        if (firstDay == null && theme == null && hashtag == null) {
            throw new UsageException("cli.missingValue", "--first-day | --theme | --hashtag");
        }
        try (Session session = context.openSession()) {
            WeekChange.Request request = WeekChange.Request.of(firstDay, theme, hashtag);
            var problem = WeekChange.problem(session.campaign(), request);
            if (problem.isPresent()) {
                throw new CommandFailure(problem.get());
            }
            // the week's gestures, drafts and recipients move with it, as in the window
            session.history().perform(EditionWeekStep.revising(session, WeekChange.changes(session.campaign(),
                    request)));
            Campaign c = session.campaign();
            context.out().println(I18n.tr("edition.cli.set", session.where(), EditionWords.days(c),
                    EditionWords.theme(c), c.hashtag()));
            return 0;
        } catch (CampaignFaults e) {
            throw new CommandFailure(e.firstFault(), e);
        }
    }

    private static LocalDate day(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("edition.cli.badDay", text);
        }
    }
}
