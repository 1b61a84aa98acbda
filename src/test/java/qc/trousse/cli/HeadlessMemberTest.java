package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.TestDatabase;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A command on the office's server says who the staff member is, as the window does at connection. */
class HeadlessMemberTest {
    @TempDir
    Path dir;

    @Test
    void aCommandSignedWithMemberIsNamedInTheChangeHistoryAndAStrangerIsRefusedInOneLine() throws Exception {
        try (TestDatabase db = TestDatabase.fresh()) {
            CliRun set = CliRun.of("--lang", "fr", "--store", db.ownerUrl(), "--member", "Julie Roy",
                    "profile", "set", "--mna", "Marie-Ève Tremblay", "--riding", "Rimouski",
                    "--staff", "Julie Roy, Sophie Gagnon");
            assertThat(set.exit()).as("any name while the profile names no team yet: " + set.err()).isZero();

            CliRun sophie = CliRun.of("--lang", "fr", "--store", db.appUrl(), "--member", "Sophie Gagnon",
                    "profile", "set", "--phone", "418 555-0101");
            assertThat(sophie.exit()).as(sophie.err()).isZero();

            CliRun stranger = CliRun.of("--lang", "fr", "--store", db.appUrl(), "--member", "Paul Inconnu",
                    "profile", "set", "--phone", "418 555-0199");
            assertThat(stranger.exit()).isNotZero();
            assertThat(stranger.err().strip()).doesNotContain("\n")
                    .contains("«\u00a0Paul Inconnu\u00a0» n’est pas dans l’équipe du bureau (Julie Roy, Sophie Gagnon)");

            CliRun report = CliRun.of("--lang", "fr", "--store", db.appUrl(), "profile", "show");
            assertThat(report.out()).as("the stranger's change was not written").contains("418 555-0101")
                    .doesNotContain("0199");
            CliRun activity = CliRun.of("--lang", "fr", "--store", db.appUrl(), "report", "--out",
                    dir.resolve("bilan.pdf").toString());
            assertThat(activity.out()).containsPattern("Julie Roy : \\d+ changements?")
                    .containsPattern("Sophie Gagnon : \\d+ changements?").doesNotContain("Paul Inconnu");
        }
    }

    @Test
    void memberWithoutAServerIsAUsageError() {
        CliRun run = CliRun.of("--lang", "fr", "--data", dir.resolve("bureau.db").toString(), "--member", "Julie Roy", "profile", "show");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--member nomme qui vous êtes sur la base du bureau").contains("--store");
    }
}
