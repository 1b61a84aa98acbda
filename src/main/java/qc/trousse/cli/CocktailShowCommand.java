package qc.trousse.cli;

import qc.trousse.cocktail.Busy;
import qc.trousse.cocktail.CocktailDocuments;
import qc.trousse.cocktail.CocktailEvent;
import qc.trousse.cocktail.EventRules;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.cocktail.TravelPlan;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** `cocktail show`: the event, the trip, the guests by answer, the vehicles and any conflict. */
final class CocktailShowCommand implements CliCommand {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");

    @Override
    public String name() {
        return "cocktail show";
    }

    @Override
    public String helpKey() {
        return "cocktail.cli.help.show";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        if (!args.isEmpty()) {
            throw new UsageException("cli.unexpected", args.get(0));
        }
        try (Session session = context.openSession()) {
            PrintStream out = context.out();
            CocktailEvent e = session.cocktail().event();
            TravelPlan p = session.cocktail().plan();
            out.println(I18n.tr("cocktail.cli.event", CocktailDocuments.title(session.campaign().cocktailName()
                    .current()), e.date().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                    I18n.language().locale())), e.start().format(HOUR), e.end().format(HOUR)));
            out.println(I18n.tr("cocktail.cli.place", e.location()));
            if (!e.entrance().isEmpty()) {
                out.println(I18n.tr("cocktail.ics.entrance", e.entrance()));
            }
            out.println(I18n.tr("cocktail.cli.trip", p.departure().format(HOUR),
                    e.departurePlace().isEmpty() ? I18n.tr("cocktail.riding") : e.departurePlace(),
                    EventRules.format(p.travel()), EventRules.format(e.margin()), p.returnArrival().format(HOUR)));
            out.println(I18n.tr("cocktail.cli.staff", String.join(", ", e.attendingStaff())));
            GuestService guests = session.guests();
            out.println(I18n.tr("cocktail.cli.guests", guests.all().size(), count(guests, RsvpState.CONFIRMED),
                    guests.notAnswered(), count(guests, RsvpState.DECLINED), count(guests, RsvpState.ATTENDED),
                    session.door().counts().expected()));
            for (Vehicle v : session.cocktail().vehicles()) {
                int taken = v.occupied(guests.all());
                out.println(I18n.tr(taken > v.seats() ? "cocktail.cli.vehicleFull" : "cocktail.cli.vehicle",
                        v.name(), I18n.tr(v.kind().key()), taken, I18n.count("cocktail.vehicle.seats", v.seats())));
            }
            List<Busy> conflicts = session.cocktail().conflicts();
            if (conflicts.isEmpty()) {
                out.println(I18n.tr("cocktail.conflicts.none"));
            }
            for (Busy b : conflicts) {
                out.println(I18n.tr("cocktail.conflicts.one", b.title(), b.start().format(HOUR),
                        b.end().format(HOUR), b.owner()));
            }
            return 0;
        }
    }

    private static long count(GuestService guests, RsvpState state) {
        return guests.all().stream().filter(g -> g.rsvp() == state).count();
    }
}
