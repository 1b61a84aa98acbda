package qc.trousse.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of the `… set` commands, read one way: each `--name value` checked against what the command takes,
 * an unknown one or a missing value refused before anything is opened, a later one winning over an earlier.
 */
final class SetOptions {
    private SetOptions() {
    }

    /** The options given, in the order given. */
    static Map<String, String> parse(List<String> args, List<String> options) throws UsageException {
        Map<String, String> given = new LinkedHashMap<>();
        String[] array = args.toArray(String[]::new);
        for (int i = 0; i < array.length; i++) {
            if (!options.contains(array[i])) {
                throw new UsageException("cli.unknownOption", array[i]);
            }
            given.put(array[i], GlobalOptions.value(array, i + 1, array[i]));
            i++;
        }
        return given;
    }

    /** The day of an option as a calendar date (2026-05-04), or null when the option is not given. */
    static LocalDate day(Map<String, String> given, String option) throws UsageException {
        return given.containsKey(option) ? day(given.get(option)) : null;
    }

    /** A day given on the command line, in the one form files and scripts use (2026-05-04). */
    static LocalDate day(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("edition.cli.badDay", text);
        }
    }
}
