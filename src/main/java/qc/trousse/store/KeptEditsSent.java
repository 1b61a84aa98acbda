package qc.trousse.store;

import java.util.Set;

/**
 * What one sending of the kept edits did (ADR 0020): edits written, edits found already applied by an earlier
 * sending (their journal was not updated), and edits the server did not take (a colleague's change of the same
 * row meanwhile), which stay in the journal.
 *
 * @param tables the tables of the edits it tried, for the screens showing them to read them again (the sent
 *               rows' versions, or the colleague's row where a kept edit was not taken)
 */
public record KeptEditsSent(int sent, int alreadyApplied, int unsent, Set<String> tables) {
    public KeptEditsSent {
        tables = Set.copyOf(tables);
    }

    /** Counts only (nothing was tried, or the tables do not matter to the caller). */
    public KeptEditsSent(int sent, int alreadyApplied, int unsent) {
        this(sent, alreadyApplied, unsent, Set.of());
    }
}
