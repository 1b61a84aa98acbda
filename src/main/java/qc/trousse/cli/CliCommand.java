package qc.trousse.cli;

import java.util.List;

/** One headless sub-command. */
public interface CliCommand {
    /** The words that call it, "check" or "profile show". */
    String name();

    /** The message key of its one-line help. */
    String helpKey();

    /** Runs it; returns the exit code (0 on success). */
    int run(List<String> args, CliContext context) throws UsageException, CommandFailure;
}
