package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.office.MnaTitle;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.OfficeService;
import qc.trousse.office.ProfileRules;
import qc.trousse.office.Riding;
import qc.trousse.session.Session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** `profile set --mna NAME --title TITLE --riding CODE_OR_NAME …`: scripted set-up; all checked before any write. */
final class ProfileSetCommand implements CliCommand {
    private static final List<String> OPTIONS = List.of("--mna", "--title", "--riding", "--region", "--address",
            "--phone", "--email", "--staff");

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
        Map<String, String> given = parse(args);
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
            Riding riding = office.ridings().find(wanted)
                    .orElseThrow(() -> new CommandFailure(I18n.tr("cli.profileSet.unknownRiding", wanted)));
            p = p.withRiding(riding.code(), riding.region());
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
                throw new CommandFailure(I18n.tr("cli.profileSet.badTitle", given.get("--title")));
            }
        }
        p = text(p, given, "--mna", ProfileRules::mnaName, "profile.mna", OfficeProfile::withMnaName);
        p = text(p, given, "--address", v -> Optional.empty(), "profile.address", OfficeProfile::withAddress);
        p = text(p, given, "--phone", ProfileRules::phone, "profile.phone", OfficeProfile::withPhone);
        p = text(p, given, "--email", ProfileRules::email, "profile.email", OfficeProfile::withEmail);
        if (given.containsKey("--staff")) {
            p = p.withStaff(List.of(given.get("--staff").split("\\s*,\\s*")));
        }
        return p;
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

    private static Map<String, String> parse(List<String> args) throws UsageException {
        Map<String, String> given = new LinkedHashMap<>();
        String[] array = args.toArray(String[]::new);
        for (int i = 0; i < array.length; i++) {
            if (!OPTIONS.contains(array[i])) {
                throw new UsageException("cli.unknownOption", array[i]);
            }
            given.put(array[i], GlobalOptions.value(array, i + 1, array[i]));
            i++;
        }
        return given;
    }
}
