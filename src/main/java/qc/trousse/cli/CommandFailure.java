package qc.trousse.cli;

/** The command was understood but could not be done (bad file, unknown riding): exit code 1 by default. */
public final class CommandFailure extends Exception {
    private final int exitCode;

    public CommandFailure(String message) {
        this(1, message);
    }

    /** Keeps what went wrong underneath, for the log; the user reads only the message. */
    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 1;
    }

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
