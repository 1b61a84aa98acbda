package qc.trousse.cli;

import qc.trousse.i18n.Lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options that come before a sub-command and apply to all: --data FILE or --store postgresql://…,
 * --member NAME (who the staff member is on the server), --lang fr|en, --help, --smoke, --screenshots DIR
 * [--size WxH]. The store's address may hold a password: it is
 * kept as given and never printed. What follows the first non-option word is the sub-command and its arguments.
 */
public record GlobalOptions(Optional<Path> data, Optional<Lang> lang, boolean help, boolean smoke,
                            Optional<ScreenshotTourRequest> screenshots, List<String> command,
                            Optional<String> store, Optional<String> member) {

    public static GlobalOptions parse(String[] args) throws UsageException {
        Optional<Path> data = Optional.empty();
        Optional<String> store = Optional.empty();
        Optional<String> member = Optional.empty();
        Optional<Lang> lang = Optional.empty();
        boolean help = false;
        boolean smoke = false;
        Optional<Path> shots = Optional.empty();
        String size = ScreenshotTourRequest.LAPTOP;
        int i = 0;
        while (i < args.length && args[i].startsWith("--")) {
            String option = args[i];
            switch (option) {
                case "--data" -> data = Optional.of(dataPath(value(args, ++i, option)));
                case "--store" -> store = Optional.of(storeValue(args, ++i));
                case "--member" -> member = Optional.of(value(args, ++i, option).strip());
                case "--lang" -> lang = Optional.of(parseLang(value(args, ++i, option)));
                case "--help" -> help = true;
                case "--smoke" -> smoke = true;
                case "--screenshots" -> shots = Optional.of(Path.of(value(args, ++i, option)));
                case "--size" -> size = value(args, ++i, option);
                default -> throw new UsageException("cli.unknownOption", option);
            }
            i++;
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(i, args.length));
        if (!rest.isEmpty() && (rest.get(0).equals("-h") || rest.get(0).equals("help"))) {
            help = true;
            rest.clear();
        }
        Optional<ScreenshotTourRequest> tour = shots.isEmpty() ? Optional.empty()
                : Optional.of(ScreenshotTourRequest.of(shots.get(), size));
        if (store.isPresent() && data.isPresent()) {
            throw new UsageException("cli.storeAndData");
        }
        if (member.isPresent() && store.isEmpty()) {
            throw new UsageException("cli.memberWithoutStore");
        }
        if (store.isPresent() && rest.isEmpty() && !help) {
            throw new UsageException("cli.storeWindow");
        }
        return new GlobalOptions(data, lang, help, smoke, tour, rest, store, member);
    }

    /** No sub-command and no help asked: open the window. */
    public boolean wantsWindow() {
        return command.isEmpty() && !help;
    }

    /** Finds --lang anywhere, so even a bad command line gets its error in the language asked for. */
    public static Optional<Lang> sniffLang(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang")) {
                try {
                    return Optional.of(Lang.parse(args[i + 1]));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** An empty --data would mean the current folder: said, not guessed. */
    private static Path dataPath(String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("cli.emptyData");
        }
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("cli.badDataPath", value);
        }
    }

    private static Lang parseLang(String code) throws UsageException {
        try {
            return Lang.parse(code);
        } catch (IllegalArgumentException e) {
            throw new UsageException("cli.badLang", code);
        }
    }

    /** An empty address is taken, so the store says in its own words that it is empty. */
    private static String storeValue(String[] args, int i) throws UsageException {
        if (i >= args.length) {
            throw new UsageException("cli.missingValue", "--store");
        }
        return args[i];
    }

    static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException("cli.missingValue", option);
        }
        return args[i];
    }
}
