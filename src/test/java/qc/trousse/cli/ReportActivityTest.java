package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.ServerStore;
import qc.trousse.store.SettingRepository;
import qc.trousse.store.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `report` on the office's server says who did what; on a file, which keeps no log, it says nothing of it. */
class ReportActivityTest {
    @TempDir
    Path dir;

    @Test
    void theReportCommandListsTheChangesPerStaffMemberOnTheServer() throws Exception {
        try (TestDatabase db = TestDatabase.fresh()) {
            CliRun set = CliRun.of("--lang", "fr", "--store", db.ownerUrl(), "profile", "set", "--mna",
                    "Marie-Ève Tremblay", "--riding", "Rimouski");
            assertThat(set.exit()).as(set.err()).isZero();
            try (ServerStore sophie = ServerStore.open(db.app())) {
                sophie.signAs("Sophie Gagnon");
                new SettingRepository(sophie).put("jour", "2020-02-19");
                new SettingRepository(sophie).put("vue", "semaine");
            }
            Path pdf = dir.resolve("bilan.pdf");
            CliRun report = CliRun.of("--lang", "fr", "--store", db.appUrl(), "report", "--out", pdf.toString());
            assertThat(report.exit()).as(report.err()).isZero();
            assertThat(Files.size(pdf)).isPositive();
            assertThat(report.out()).contains("Qui a fait quoi")
                    .containsPattern("Sophie Gagnon : 2 changements, le dernier le \\d+ \\S+ \\d{4} à \\d\\d:\\d\\d")
                    .containsPattern(owner(db) + " : \\d+ changements?")
                    .containsPattern("— Sophie Gagnon — le réglage vue : ajouté");
        }
    }

    /** The role the profile was set as: no one signed in, so the database user is recorded. */
    private static String owner(TestDatabase db) {
        return db.ownerUrl().substring(db.ownerUrl().indexOf("user=") + 5);
    }

    @Test
    void onAFileTheReportSaysNothingOfWhoDidWhat() {
        Path data = dir.resolve("bureau.db");
        assertThat(CliRun.of("--lang", "fr", "--data", data.toString(), "profile", "set", "--mna", "Marie-Ève Tremblay",
                "--riding", "Rimouski").exit()).isZero();
        CliRun report = CliRun.of("--lang", "fr", "--data", data.toString(), "report", "--out",
                dir.resolve("bilan.pdf").toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).doesNotContain("Qui a fait quoi");
    }
}
