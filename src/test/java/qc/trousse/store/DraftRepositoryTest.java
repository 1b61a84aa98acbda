package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.Localized;
import qc.trousse.posts.Draft;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostState;
import qc.trousse.posts.PostTemplate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftRepositoryTest {
    @TempDir
    Path dir;

    private static Draft draft(long id, Network network) {
        return new Draft(id, network, "message.monday", "", "Bonne semaine de la persévérance!",
                "Happy perseverance week!", true, LocalDate.of(2020, 2, 17), LocalTime.of(9, 30), PostState.DRAFT,
                "", null);
    }

    @Test
    void draftsSurviveReopeningTheFileWithTheirApproval() throws Exception {
        Path file = dir.resolve("posts.db");
        Draft approved = new Draft(2, Network.X, "gesture.certificate", "certificate", "Bravo Julie!", "",
                false, LocalDate.of(2020, 2, 19), LocalTime.of(12, 0), PostState.APPROVED, "Karim",
                LocalDateTime.of(2020, 2, 18, 16, 45));
        try (DataFile data = DataFile.open(file)) {
            DraftRepository repo = new DraftRepository(data);
            repo.saveAll(List.of(draft(1, Network.FACEBOOK), approved));
            assertThat(repo.nextId()).isEqualTo(3);
        }
        try (DataFile data = DataFile.open(file)) {
            assertThat(new DraftRepository(data).drafts()).containsExactly(draft(1, Network.FACEBOOK), approved);
        }
    }

    @Test
    void savingADraftAgainReplacesItAndDeletingRemovesOnlyThoseNamed() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("replace.db"))) {
            DraftRepository repo = new DraftRepository(data);
            repo.saveAll(List.of(draft(1, Network.X), draft(2, Network.FACEBOOK), draft(3, Network.INSTAGRAM)));
            Draft edited = draft(1, Network.X).withFrench("Merci aux enseignants!");
            repo.save(edited);
            repo.deleteAll(List.of(2L));
            repo.delete(3);
            assertThat(repo.drafts()).containsExactly(edited);
        }
    }

    @Test
    void aBadDraftInABatchLeavesNoneOfTheBatchSaved() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("half.db"))) {
            DraftRepository repo = new DraftRepository(data);
            assertThatThrownBy(() -> repo.saveAll(List.of(draft(1, Network.X), draft(2, null))))
                    .isInstanceOf(RuntimeException.class);
            assertThat(repo.drafts()).isEmpty();
            assertThat(repo.nextId()).isEqualTo(1);
        }
    }

    @Test
    void theOfficesOwnTemplatesAreKeptInTheOrderTheyWereWrittenAndCanBeRemoved() throws Exception {
        PostTemplate thanks = new PostTemplate("custom-1", PostTemplate.Kind.CUSTOM, "",
                new Localized("Merci", "Merci"), new Localized("Merci à tous!", "Thanks to all!"));
        PostTemplate visit = new PostTemplate("custom-2", PostTemplate.Kind.CUSTOM, "",
                new Localized("Visite", "Visite"), new Localized("En visite à l'école.", "Visiting the school."));
        Path file = dir.resolve("templates.db");
        try (DataFile data = DataFile.open(file)) {
            DraftRepository repo = new DraftRepository(data);
            repo.saveTemplate(thanks);
            repo.saveTemplate(visit);
        }
        try (DataFile data = DataFile.open(file)) {
            DraftRepository repo = new DraftRepository(data);
            assertThat(repo.customTemplates()).containsExactly(thanks, visit);
            repo.deleteTemplate("custom-1");
            assertThat(repo.customTemplates()).containsExactly(visit);
        }
    }
}
