package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.RidingTexts;
import qc.trousse.session.Session;

import java.util.List;

/** `profile show`: the office profile, one field a line. */
final class ProfileShowCommand implements CliCommand {
    @Override
    public String name() {
        return "profile show";
    }

    @Override
    public String helpKey() {
        return "cli.help.profileShow";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        if (!args.isEmpty()) {
            throw new UsageException("cli.unexpected", args.get(0));
        }
        try (Session session = context.openSession()) {
            OfficeProfile p = session.office().profile();
            String riding = session.office().riding().map(RidingTexts::label).orElse("");
            line(context, "profile.mna", p.mnaName());
            line(context, "profile.title", p.title().french());
            line(context, "profile.riding", riding);
            line(context, "profile.region", p.region());
            line(context, "profile.address", p.address());
            line(context, "profile.phone", p.phone());
            line(context, "profile.email", p.email());
            line(context, "profile.x", p.handles().x());
            line(context, "profile.facebook", p.handles().facebook());
            line(context, "profile.instagram", p.handles().instagram());
            line(context, "profile.linkedin", p.handles().linkedin());
            line(context, "profile.bluesky", p.handles().bluesky());
            line(context, "profile.threads", p.handles().threads());
            line(context, "profile.mastodon", p.handles().mastodon());
            line(context, "profile.staff", String.join(", ", p.staff()));
            return 0;
        }
    }

    private static void line(CliContext context, String key, String value) {
        context.out().println(I18n.tr(key) + "\t" + value);
    }
}
