package qc.trousse.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.Lang;
import qc.trousse.report.WeekSummary.GestureDone;
import qc.trousse.report.WeekSummary.GuestLine;
import qc.trousse.session.Session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary read from a real SQLite file, reopened after the week was made through the services. */
class WeekSummariesTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void fill() {
        file = dir.resolve("semaine.db");
        WeekFile.fill(file);
    }

    @Test
    void onlyGesturesMarkedDoneAreReportedByDayWithPlaceAndOwner() {
        try (Session s = WeekFile.open(file)) {
            WeekSummary fr = WeekSummaries.of(s, Lang.FR);
            assertThat(fr.gestures()).containsExactly(
                    new GestureDone(LocalDate.of(2020, 2, 17), LocalTime.of(8, 0), "Port du ruban vert et blanc",
                            "Bureau de circonscription", "Julie Paré"),
                    new GestureDone(LocalDate.of(2020, 2, 20), LocalTime.of(10, 30),
                            "Remise du certificat de reconnaissance", "École secondaire Paul-Hubert",
                            "Marc D'Amours"));
            assertThat(WeekSummaries.of(s, Lang.EN).gestures()).extracting(GestureDone::title)
                    .containsExactly("Wearing the green-and-white ribbon", "Certificate of recognition ceremony");
            assertThat(fr.gesturesOn(LocalDate.of(2020, 2, 20))).isEqualTo(1);
            assertThat(fr.days()).hasSize(5).startsWith(LocalDate.of(2020, 2, 17));
        }
    }

    @Test
    void cocktailCountsConfirmedAndPresentGuestsWithTheirOrganisation() {
        try (Session s = WeekFile.open(file)) {
            WeekSummary.Cocktail c = WeekSummaries.of(s, Lang.FR).cocktail();
            assertThat(c.present()).containsExactly(new GuestLine("Gérard D’Amours-Lévesque", "Cégep de Rimouski"),
                    new GuestLine(WeekFile.SYLLABICS + " Qaunnaq", "Kativik Ilisarniliriniq"));
            assertThat(c.confirmedNotMarked()).containsExactly(
                    new GuestLine("Kanien'kehá:ka Onkwehón:we", "Conseil scolaire Kahnawà:ke"));
            assertThat(c.presentCount()).isEqualTo(2);
            assertThat(c.confirmedCount()).isEqualTo(3);
        }
    }

    @Test
    void profileAndCampaignHeadTheSummaryAndTotalsAddUp() {
        try (Session s = WeekFile.open(file)) {
            WeekSummary fr = WeekSummaries.of(s, Lang.FR);
            assertThat(fr.office()).isEqualTo(new WeekSummary.Office("Harold LeBel", "député", "Rimouski",
                    "Bas-Saint-Laurent"));
            assertThat(WeekSummaries.of(s, Lang.EN).office().mnaTitle()).isEqualTo("Member of the National Assembly");
            assertThat(fr.heading().hashtag()).isEqualTo("#JPS2020");
            assertThat(fr.heading().slogan()).isEqualTo("Nos gestes, un + pour leur réussite!");
            assertThat(fr.totals()).isEqualTo(new WeekSummary.Totals(2, 0, 0, 3, 2));
        }
    }

    @Test
    void postsAndCertificatesComeFromTheirSourcesWhenPluggedIn() {
        WeekSummary.PostPublished post = new WeekSummary.PostPublished("X", LocalDate.of(2020, 2, 18),
                LocalTime.NOON, "Merci!");
        WeekSummary.CertificateGiven given = new WeekSummary.CertificateGiven("Ève Côté", "Tutorat", null);
        try (Session s = WeekFile.open(file)) {
            assertThat(WeekSummaries.of(s, Lang.FR).posts()).isEmpty();
            WeekSummary withAll = WeekSummaries.of(s, new ReportSources(lang -> List.of(post), () -> List.of(given)),
                    Lang.FR);
            assertThat(withAll.posts()).containsExactly(post);
            assertThat(withAll.certificates()).containsExactly(given);
            assertThat(withAll.postsOn(LocalDate.of(2020, 2, 18))).isEqualTo(1);
            assertThat(withAll.totals().postsPublished()).isEqualTo(1);
        }
    }
}
