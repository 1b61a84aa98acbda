package qc.trousse.store;

/**
 * What one sending of the kept edits did (ADR 0020): edits written, edits found already applied by an earlier
 * sending (their journal was not updated), and edits the server did not take (a colleague's change of the same
 * row meanwhile), which stay in the journal.
 */
public record KeptEditsSent(int sent, int alreadyApplied, int unsent) {
}
