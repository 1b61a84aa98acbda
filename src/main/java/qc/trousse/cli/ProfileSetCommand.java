package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.office.MnaTitle;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.OfficeService;
import qc.trousse.office.ProfileRules;
import qc.trousse.office.RidingAnswer;
import qc.trousse.office.RidingTexts;
import qc.trousse.session.Session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** `profile set --mna NAME --title TITLE --riding CODE_OR_NAME …`: scripted set-up; all checked before any write. */
final class ProfileSetCommand implements CliCommand {
    private static final List<String> OPTIONS = List.of("--mna", "--title", "--riding", "--region", "--address",
            "--phone", "--email", "--staff", "--x", "--facebook", "--instagram", "--linkedin", "--bluesky",
            "--threads", "--mastodon");

    @Override
    public String name() {
        return "profile set";
    }

    @Override
    public String helpKey() {
        return "cli.help.profileSet";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        Map<String, String> given = SetOptions.parse(args, OPTIONS);
        if (given.isEmpty()) {
            throw new UsageException("cli.profileSet.nothing");
        }
        try (Session session = context.openSession()) {
            OfficeService office = session.office();
            OfficeProfile next = apply(given, office);
            office.update("cli", p -> next);
            context.out().println(I18n.tr("cli.profileSet.done", context.where()));
            return 0;
        }
    }

    private static OfficeProfile apply(Map<String, String> given, OfficeService office) throws CommandFailure {
        OfficeProfile p = office.profile();
        if (given.containsKey("--riding")) {
            String wanted = given.get("--riding");
            // Checked against the map of the file's week: a name of another map is refused with the current one.
            RidingAnswer answer = office.ridings().check(wanted);
            if (!(answer instanceof RidingAnswer.Found found)) {
                throw new CommandFailure(answer instanceof RidingAnswer.None
                        ? I18n.tr("cli.profileSet.unknownRiding", wanted) : RidingTexts.refusal(answer));
            }
            p = p.withRiding(found.riding().key(), found.riding().region());
        }
        if (given.containsKey("--region")) {
            String region = given.get("--region");
            if (!office.ridings().regions().contains(region)) {
                throw new CommandFailure(I18n.tr("cli.profileSet.unknownRegion", region));
            }
            p = p.withRegion(region);
        }
        if (given.containsKey("--title")) {
            try {
                p = p.withTitle(MnaTitle.parse(given.get("--title")));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(I18n.tr("cli.profileSet.badTitle", given.get("--title")), e);
            }
        }
        p = text(p, given, "--mna", ProfileRules::mnaName, "profile.mna", OfficeProfile::withMnaName);
        p = text(p, given, "--address", v -> Optional.empty(), "profile.address", OfficeProfile::withAddress);
        p = text(p, given, "--phone", ProfileRules::phone, "profile.phone", OfficeProfile::withPhone);
        p = text(p, given, "--email", ProfileRules::email, "profile.email", OfficeProfile::withEmail);
        p = handles(p, given);
        if (given.containsKey("--staff")) {
            p = p.withStaff(List.of(given.get("--staff").split("\\s*,\\s*")));
        }
        return p;
    }

    /** The office's accounts, each checked for its network's form before anything is written. */
    private static OfficeProfile handles(OfficeProfile p, Map<String, String> given) throws CommandFailure {
        p = text(p, given, "--x", ProfileRules::x, "profile.x", (q, v) -> q.withHandles(q.handles().withX(v)));
        p = text(p, given, "--facebook", ProfileRules::facebook, "profile.facebook",
                (q, v) -> q.withHandles(q.handles().withFacebook(v)));
        p = text(p, given, "--instagram", ProfileRules::instagram, "profile.instagram",
                (q, v) -> q.withHandles(q.handles().withInstagram(v)));
        p = text(p, given, "--linkedin", ProfileRules::linkedin, "profile.linkedin",
                (q, v) -> q.withHandles(q.handles().withLinkedin(v)));
        p = text(p, given, "--bluesky", ProfileRules::bluesky, "profile.bluesky",
                (q, v) -> q.withHandles(q.handles().withBluesky(v)));
        p = text(p, given, "--threads", ProfileRules::threads, "profile.threads",
                (q, v) -> q.withHandles(q.handles().withThreads(v)));
        return text(p, given, "--mastodon", ProfileRules::mastodon, "profile.mastodon",
                (q, v) -> q.withHandles(q.handles().withMastodon(v)));
    }

    private interface Setter {
        OfficeProfile set(OfficeProfile p, String value);
    }

    private static OfficeProfile text(OfficeProfile p, Map<String, String> given, String option,
                                      Function<String, Optional<String>> rule, String fieldKey, Setter setter)
            throws CommandFailure {
        if (!given.containsKey(option)) {
            return p;
        }
        String value = given.get(option).trim();
        Optional<String> problem = rule.apply(value);
        if (problem.isPresent()) {
            throw new CommandFailure(I18n.tr("cli.badField", I18n.tr(fieldKey), I18n.tr(problem.get())));
        }
        return setter.set(p, value);
    }
}
