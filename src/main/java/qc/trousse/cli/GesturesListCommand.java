package qc.trousse.cli;

import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** `gestures list`: the week plan, one gesture a line: day, time, gesture, owner, state, checklist progress. */
final class GesturesListCommand implements CliCommand {
    @Override
    public String name() {
        return "gestures list";
    }

    @Override
    public String helpKey() {
        return "gestures.cli.help";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        if (!args.isEmpty()) {
            throw new UsageException("cli.unexpected", args.get(0));
        }
        try (Session session = context.openSession()) {
            GestureService gestures = session.gestures();
            List<PlannedGesture> plan = gestures.all();
            if (plan.isEmpty()) {
                context.out().println(I18n.tr("gestures.cli.empty"));
                return 0;
            }
            DateTimeFormatter day = DateTimeFormatter.ofPattern(I18n.tr("date.day"), I18n.language().locale());
            for (PlannedGesture g : plan) {
                context.out().println(String.join("\t", g.day().format(day), g.start() + "–" + g.end(),
                        gestures.title(g), g.owner().isBlank() ? I18n.tr("gestures.cli.noOwner") : g.owner(),
                        I18n.tr(g.state().key()), g.progress()));
            }
            return 0;
        }
    }
}
