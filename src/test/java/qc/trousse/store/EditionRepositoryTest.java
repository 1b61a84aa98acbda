package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.edit.EditConflict;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file's edition row: what a new file records, what a write keeps, and a write over a colleague's refused. */
class EditionRepositoryTest {
    private static final String CAMPAIGN = "year=2027\nstart=2027-02-15\nend=2027-02-19\n";

    @TempDir
    Path dir;

    @Test
    void aNewFileServesTheTwentyTwentyEditionWithNoCampaignOfItsOwn() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("neuf.db"))) {
            assertThat(new EditionRepository(data).read()).isEqualTo(new EditionRepository.Stored(2020, ""));
        }
    }

    @Test
    void theYearAndTheCampaignWrittenAreReadBackAfterReopeningTheFile() throws Exception {
        Path file = dir.resolve("bureau.db");
        try (DataFile data = DataFile.open(file)) {
            new EditionRepository(data).write(new EditionRepository.Stored(2027, CAMPAIGN));
        }
        try (DataFile data = DataFile.open(file)) {
            assertThat(new EditionRepository(data).read()).isEqualTo(new EditionRepository.Stored(2027, CAMPAIGN));
        }
    }

    @Test
    void writingTwiceKeepsTheLaterEdition() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("deux.db"))) {
            EditionRepository edition = new EditionRepository(data);
            edition.write(new EditionRepository.Stored(2026, "year=2026\n"));
            edition.write(new EditionRepository.Stored(2027, CAMPAIGN));
            assertThat(edition.read()).isEqualTo(new EditionRepository.Stored(2027, CAMPAIGN));
        }
    }

    @Test
    void aWriteBasedOnAnEditionSomeoneElseChangedMeanwhileIsRefusedAndTheirsIsKept() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("partage.db"))) {
            EditionRepository mine = new EditionRepository(data);
            EditionRepository theirs = new EditionRepository(data);
            mine.read();
            theirs.read();
            theirs.write(new EditionRepository.Stored(2027, CAMPAIGN));

            assertThatThrownBy(() -> mine.write(new EditionRepository.Stored(2026, "year=2026\n")))
                    .isInstanceOfSatisfying(EditConflict.class, e -> {
                        assertThat(e.table()).isEqualTo("edition");
                        assertThat(e.deleted()).isFalse();
                        assertThat(e.theirs()).isEqualTo(new EditionRepository.Stored(2027, CAMPAIGN));
                    });
            assertThat(new EditionRepository(data).read()).isEqualTo(new EditionRepository.Stored(2027, CAMPAIGN));
        }
    }
}
