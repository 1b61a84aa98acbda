package qc.trousse.cli;

/** The command was understood but could not be done (bad file, unknown riding): exit code 1 by default. */
public final class CommandFailure extends Exception {
    private final int exitCode;

    public CommandFailure(String message) {
        this(1, message);
    }

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
