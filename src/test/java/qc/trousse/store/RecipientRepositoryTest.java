package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientRepositoryTest {
    @TempDir
    Path dir;

    private static Recipient recipient(String name) {
        return new Recipient(0, RecipientKind.PERSON, name, "Pour sa persévérance", LocalDate.of(2020, 2, 19),
                "certificate", RecipientState.TO_PRINT, null);
    }

    @Test
    void insertedRecipientsGetIdsAndSurviveReopeningTheFile() throws Exception {
        Path file = dir.resolve("recipients.db");
        List<Recipient> saved;
        try (DataFile data = DataFile.open(file)) {
            saved = new RecipientRepository(data).insert(List.of(recipient("Léa Roy"), recipient("Noah Côté")));
        }
        assertThat(saved).extracting(Recipient::id).doesNotHaveDuplicates().doesNotContain(0L);
        try (DataFile data = DataFile.open(file)) {
            assertThat(new RecipientRepository(data).all()).containsExactlyElementsOf(saved);
        }
    }

    @Test
    void deletedRecipientsComeBackWithTheSameIdsWhenRestored() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("restore.db"))) {
            RecipientRepository repo = new RecipientRepository(data);
            List<Recipient> saved = repo.insert(List.of(recipient("Léa Roy"), recipient("Noah Côté")));
            repo.delete(List.of(saved.get(0).id()));
            assertThat(repo.all()).containsExactly(saved.get(1));
            repo.restore(List.of(saved.get(0)));
            assertThat(repo.all()).containsExactlyElementsOf(saved);
        }
    }

    @Test
    void anUpdateRewritesTheRowAndMarkingPrintedCountsTheRowsItChanged() throws Exception {
        Instant printed = Instant.parse("2020-02-18T15:00:00Z");
        try (DataFile data = DataFile.open(dir.resolve("update.db"))) {
            RecipientRepository repo = new RecipientRepository(data);
            List<Recipient> saved = repo.insert(List.of(recipient("Léa Roy"), recipient("Noah Côté")));
            Recipient renamed = new Recipient(saved.get(0).id(), RecipientKind.ORGANISATION, "École du Chêne-Bleu",
                    "Pour son projet", LocalDate.of(2020, 2, 20), "certificate", RecipientState.TO_PRINT, null);
            repo.update(renamed);
            assertThat(repo.markPrinted(List.of(saved.get(1).id(), 999L), printed)).isEqualTo(1);
            assertThat(repo.all()).containsExactly(renamed, new Recipient(saved.get(1).id(), RecipientKind.PERSON,
                    "Noah Côté", "Pour sa persévérance", LocalDate.of(2020, 2, 19), "certificate",
                    RecipientState.PRINTED, printed));
        }
    }
}
