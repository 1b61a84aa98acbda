package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.cocktail.CalendarRevisions.Revision;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each calendar entry's SEQUENCE as the file keeps it: 0 the first time, kept while the entry says the same,
 * one more each time it changes, counted per entry and kept across openings of the file.
 */
class CalendarRevisionRepositoryTest {
    private static final Instant MONDAY = Instant.parse("2027-02-15T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2027-02-16T09:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2027-02-17T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anEntrySeenForTheFirstTimeIsAtRevisionZeroChangedNow() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("neuf.db"))) {
            assertThat(new CalendarRevisionRepository(data).revise("cocktail-2027", "abc", MONDAY))
                    .isEqualTo(new Revision(0, MONDAY));
        }
    }

    @Test
    void theRevisionGrowsByOneOnlyWhenTheContentChangesAndKeepsWhenItLastChanged() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("change.db"))) {
            CalendarRevisionRepository revisions = new CalendarRevisionRepository(data);
            revisions.revise("cocktail-2027", "abc", MONDAY);
            assertThat(revisions.revise("cocktail-2027", "abc", TUESDAY)).isEqualTo(new Revision(0, MONDAY));
            assertThat(revisions.revise("cocktail-2027", "def", TUESDAY)).isEqualTo(new Revision(1, TUESDAY));
            assertThat(revisions.revise("cocktail-2027", "def", WEDNESDAY)).isEqualTo(new Revision(1, TUESDAY));
            assertThat(revisions.revise("cocktail-2027", "abc", WEDNESDAY)).isEqualTo(new Revision(2, WEDNESDAY));
        }
    }

    @Test
    void eachEntryIsCountedOnItsOwn() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("deux.db"))) {
            CalendarRevisionRepository revisions = new CalendarRevisionRepository(data);
            revisions.revise("cocktail-2027", "abc", MONDAY);
            revisions.revise("cocktail-2027", "def", TUESDAY);
            assertThat(revisions.revise("departure-2027", "abc", WEDNESDAY)).isEqualTo(new Revision(0, WEDNESDAY));
        }
    }

    @Test
    void theRevisionIsKeptInTheFileAcrossOpenings() throws Exception {
        Path file = dir.resolve("bureau.db");
        try (DataFile data = DataFile.open(file)) {
            CalendarRevisionRepository revisions = new CalendarRevisionRepository(data);
            revisions.revise("cocktail-2027", "abc", MONDAY);
            revisions.revise("cocktail-2027", "def", TUESDAY);
        }
        try (DataFile data = DataFile.open(file)) {
            CalendarRevisionRepository revisions = new CalendarRevisionRepository(data);
            assertThat(revisions.revise("cocktail-2027", "def", WEDNESDAY)).isEqualTo(new Revision(1, TUESDAY));
            assertThat(revisions.revise("cocktail-2027", "ghi", WEDNESDAY)).isEqualTo(new Revision(2, WEDNESDAY));
        }
    }
}
