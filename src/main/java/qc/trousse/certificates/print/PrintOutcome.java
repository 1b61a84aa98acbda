package qc.trousse.certificates.print;

/**
 * How a print went. {@code accepted} is true only when the printing system took the job: callers mark
 * certificates printed on that and on nothing else. The message is in the user's language.
 */
public record PrintOutcome(boolean accepted, String printer, int pages, String message) {
    static PrintOutcome refused(String printer, String message) {
        return new PrintOutcome(false, printer, 0, message);
    }
}
