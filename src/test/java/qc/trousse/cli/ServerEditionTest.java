package qc.trousse.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.CampaignFile;
import qc.trousse.campaign.Editions;
import qc.trousse.store.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edition of the office's database on the real PostgreSQL server: a received campaign imported whole or not
 * at all, the announced week set, as on a file; the staff's role (no DDL) may do both.
 */
class ServerEditionTest {
    @TempDir
    Path dir;
    private TestDatabase db;
    private int year;

    @BeforeEach
    void freshDatabase() {
        db = TestDatabase.fresh();
        assertThat(CliRun.of("--store", db.ownerUrl(), "profile", "set", "--mna", "Léa Roy").exit()).isZero();
        CliRun show = CliRun.of("--store", db.appUrl(), "edition", "show");
        assertThat(show.exit()).as(show.err()).isZero();
        year = Integer.parseInt(show.out().replaceAll("(?s)^\\D*(\\d{4}).*", "$1"));
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private Path received(String name, Map<String, String> changes) throws Exception {
        String base = Editions.shipped().text(year).orElseThrow();
        Path file = dir.resolve(name);
        Files.writeString(file, CampaignFile.parse(name, base).with(changes));
        return file;
    }

    private String storedCampaign() throws Exception {
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT campaign FROM edition WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void aReceivedCampaignBecomesTheDatabasesEditionOrNothingChanges() throws Exception {
        Path bad = received("mauvais.properties", Map.of("start", year + "-02-16"));
        CliRun refused = CliRun.of("--store", db.appUrl(), "edition", "import", bad.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("mauvais.properties", "«\u00a0start\u00a0»", "Rien n’a été modifié");
        assertThat(storedCampaign()).isEmpty();

        Path good = received("officiel.properties", Map.of("slogan.fr", "Ensemble pour la réussite",
                "slogan.en", "Together for success"));
        CliRun run = CliRun.of("--store", db.appUrl(), "edition", "import", good.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("officiel.properties", db.name(), "Ensemble pour la réussite");
        assertThat(storedCampaign()).contains("slogan.fr=Ensemble pour la réussite");
        assertThat(CliRun.of("--store", db.appUrl(), "edition", "show").out())
                .contains("Thème\u00a0: Ensemble pour la réussite", "fichier de campagne propre");
    }

    @Test
    void theAnnouncedWeekIsSetOnTheServer() throws Exception {
        String monday = java.time.LocalDate.parse(year + "-02-01").with(java.time.temporal.TemporalAdjusters
                .dayOfWeekInMonth(4, java.time.DayOfWeek.MONDAY)).toString();
        CliRun run = CliRun.of("--store", db.appUrl(), "edition", "set", "--first-day", monday, "--hashtag", "JPS" + year);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(storedCampaign()).contains("start=" + monday, "week.confirmed=yes");
        assertThat(CliRun.of("--store", db.appUrl(), "gestures", "list").exit()).isZero();
    }
}
