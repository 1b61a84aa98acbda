package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A file of the schema before editions opens as the 2020 edition it served, with its week as before. */
class EditionMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfSchemaEightIsRecordedAsTwentyTwenty() throws Exception {
        Path file = dir.resolve("avant.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(c, 8);
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO gesture_plan VALUES (1, 'ribbon', '2020-02-17', '08:30', '17:00', '', '', "
                        + "'PLANNED')");
            }
        }
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            assertThat(s.edition().year()).isEqualTo(2020);
            assertThat(s.edition().ownText()).isEmpty();
            assertThat(s.campaign().days()).first().isEqualTo(LocalDate.of(2020, 2, 17));
            assertThat(s.gestures().all()).singleElement().satisfies(g ->
                    assertThat(g.day()).isEqualTo(LocalDate.of(2020, 2, 17)));
        }
    }
}
