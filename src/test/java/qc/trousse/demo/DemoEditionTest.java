package qc.trousse.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.Migrations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2027 demo is the 2020 demo office carried over by `edition new`, kept at the current schema. */
class DemoEditionTest {
    static final Path SHIPPED = Path.of("assets/demo/bureau-jps-2027.db");
    @TempDir
    Path dir;

    @Test
    void theGeneratorCarriesTheDemoOfficeInto2027() throws Exception {
        Path from = dir.resolve("2020.db");
        Files.copy(DemoWeekTest.SHIPPED, from);
        Path file = dir.resolve("2027.db");
        DemoEdition.write(from, file);
        check(file);
    }

    @Test
    void theShippedDemoIsAtTheCurrentSchema() throws Exception {
        assertThat(DataFile.inspect(SHIPPED).version())
                .as("assets/demo/bureau-jps-2027.db is out of date: regenerate it (see assets/demo/README.md)")
                .isEqualTo(Migrations.CURRENT);
        Path copy = dir.resolve("copy.db");
        Files.copy(SHIPPED, copy);
        check(copy);
    }

    private static void check(Path file) throws Exception {
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            assertThat(s.edition().year()).isEqualTo(2027);
            assertThat(s.campaign().start()).isEqualTo(LocalDate.of(2027, 2, 15));
            assertThat(s.office().profile().mnaName()).isEqualTo(DemoWeek.MNA);
            assertThat(s.office().profile().logo()).isNotNull();
            assertThat(s.guests().all()).hasSize(8).allMatch(g -> g.rsvp() == RsvpState.INVITED);
            assertThat(s.recipients().all()).isEmpty();
            assertThat(s.gestures().all()).isEmpty();
            assertThat(s.posts().drafts()).isEmpty();
        }
    }
}
