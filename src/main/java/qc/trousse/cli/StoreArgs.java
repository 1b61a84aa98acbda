package qc.trousse.cli;

import java.util.List;

/** `--from X --to Y` of the store commands; the server's side may hold a password and is never echoed. */
record StoreArgs(String from, String to) {
    static StoreArgs parse(List<String> args) throws UsageException {
        String from = null;
        String to = null;
        String[] array = args.toArray(String[]::new);
        for (int i = 0; i < array.length; i++) {
            switch (array[i]) {
                case "--from" -> from = given(array, ++i, "--from");
                case "--to" -> to = given(array, ++i, "--to");
                default -> throw new UsageException("cli.unknownOption", array[i]);
            }
        }
        if (from == null) {
            throw new UsageException("cli.missingValue", "--from");
        }
        if (to == null) {
            throw new UsageException("cli.missingValue", "--to");
        }
        return new StoreArgs(from, to);
    }

    private static String given(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException("cli.missingValue", option);
        }
        return args[i];
    }
}
