package qc.trousse.cli;

import qc.trousse.campaign.CampaignFaults;
import qc.trousse.cocktail.EventRules;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * `cocktail set [--date D] [--start HH:MM] [--end HH:MM] [--place TEXT]`: the Assembly event of the file's
 * edition once announced. The date goes into the file's campaign (checked to be in the week); hours and room
 * into the cocktail plan. Nothing is saved when any value is refused.
 */
final class CocktailSetCommand implements CliCommand {
    private static final List<String> OPTIONS = List.of("--date", "--start", "--end", "--place");

    @Override
    public String name() {
        return "cocktail set";
    }

    @Override
    public String helpKey() {
        return "cocktail.cli.help.set";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        Map<String, String> given = SetOptions.parse(args, OPTIONS);
        LocalDate date = SetOptions.day(given, "--date");
        String start = given.get("--start");
        String end = given.get("--end");
        String place = given.get("--place");
        try (Session session = context.openSession()) {
            var event = session.cocktail().event();
            LocalTime from = start == null ? event.start() : EventRules.parseTime(start);
            LocalTime to = end == null ? event.end() : EventRules.parseTime(end);
            var problem = EventRules.times(from, to);
            if (problem.isPresent()) {
                throw new CommandFailure(I18n.tr(problem.get()));
            }
            if (date != null && !session.campaign().contains(date)) {
                throw new CommandFailure(qc.trousse.campaign.WeekWords.tr(session.campaign(),
                        "cocktail.cli.dateOutsideWeek", date.toString()));
            }
            if (date != null) {
                session.reviseEdition(Map.of("cocktail.date", date.toString(), "cocktail.confirmed", "yes"));
            }
            if (start != null || end != null) {
                session.cocktail().update("start", e -> e.withTimes(from, to));
            }
            if (place != null) {
                String room = place;
                session.cocktail().update("room", e -> e.withPlace(room, e.entrance()));
            }
            context.out().println(I18n.tr("cocktail.cli.set", context.data()));
            return 0;
        } catch (CampaignFaults e) {
            throw new CommandFailure(e.firstFault(), e);
        }
    }
}
