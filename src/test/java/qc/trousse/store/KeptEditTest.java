package qc.trousse.store;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A kept edit reads back from its journal line as it was written, whatever the user typed. */
class KeptEditTest {
    @Test
    void aLineReadsBackWithTabsNewlinesAccentsNullsAndNumbers() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Léa\tTremblay\n« Roy » = 100 %");
        values.put("printed_at", null);
        values.put("party_size", 3L);
        values.put("reason", "");
        KeptEdit edit = KeptEdit.update("recipient", 42, 7, values);

        KeptEdit back = KeptEdit.parse(edit.line());

        assertThat(back).isEqualTo(edit);
        assertThat(edit.line()).doesNotContain("\n");
        assertThat(KeptEdit.parse(edit.unsent("changed by a colleague").line()).unsent())
                .isEqualTo("changed by a colleague");
        assertThat(KeptEdit.parse(KeptEdit.deletion("recipient", 5, 2).line()).delete()).isTrue();
    }

    @Test
    void aLaterEditOfTheSameRowKeepsTheFirstBasisAndTheLastValues() {
        KeptEdit first = KeptEdit.update("recipient", 42, 7, Map.of("name", "A"));
        KeptEdit folded = first.folding(KeptEdit.update("recipient", 42, 8, Map.of("name", "B")));
        assertThat(folded.id()).isEqualTo(first.id());
        assertThat(folded.basis()).isEqualTo(7);
        assertThat(folded.values()).containsEntry("name", "B");
    }

    @Test
    void namesReadFromAnAlteredJournalCannotCarrySql() {
        KeptEdit altered = KeptEdit.parse(KeptEdit.deletion("recipient", 1, 1).line()
                .replace("recipient", "recipient%3B+DROP+TABLE+recipient"));
        assertThatThrownBy(() -> altered.statement(null)).isInstanceOf(java.sql.SQLException.class);
    }
}
