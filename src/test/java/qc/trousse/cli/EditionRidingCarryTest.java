package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `edition new --from OLD.db`: the office's riding on the map in force on 15 February 2027. A merge is taken and
 * said, a split must be answered with --riding (else one line and no file), a riding of no candidate is refused.
 */
class EditionRidingCarryTest {
    @TempDir
    Path dir;

    private Path officeOf2020(String ridingCode, String region) throws Exception {
        Path old = dir.resolve("bureau-" + ridingCode + ".db");
        try (Session s = new Session(DataFile.open(old), Editions.shipped(), Ridings.load())) {
            s.office().update("mna", p -> p.withMnaName("Députée").withRiding(ridingCode, region));
        }
        return old;
    }

    private static String[] args(Path made, String... rest) {
        String[] all = new String[rest.length + 2];
        all[0] = "--data";
        all[1] = made.toString();
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    private static String ridingOf(Path file) throws Exception {
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            return s.office().riding().map(r -> r.name() + " / " + r.region()).orElse("none");
        }
    }

    @Test
    void aMergedRidingIsCarriedUnderItsNewNameAndSaid() throws Exception {
        Path old = officeOf2020("854", "Gaspésie–Îles-de-la-Madeleine");
        Path made = dir.resolve("bureau-2027.db");
        CliRun run = CliRun.of(args(made, "edition", "new", "--year", "2027", "--from", old.toString()));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Gaspé devient Gaspé-Bonaventure");
        assertThat(ridingOf(made)).isEqualTo("Gaspé-Bonaventure / Gaspésie–Îles-de-la-Madeleine");
        assertThat(ridingOf(old)).startsWith("Gaspé /");
    }

    @Test
    void aSplitRidingMustBeChosenAndIsRefusedInOneLineOtherwise() throws Exception {
        Path old = officeOf2020("390", "Montréal");
        String before = EditionFiles.sha(old);
        Path made = dir.resolve("bureau-2027.db");
        CliRun refused = CliRun.of(args(made, "edition", "new", "--year", "2027", "--from", old.toString()));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).contains("LaFontaine", "Pointe-aux-Prairies", "Anjou–LaFontaine",
                "--riding").doesNotContain("\n");
        assertThat(made).doesNotExist();
        assertThat(dir.resolve("bureau-2027.db.partial")).doesNotExist();

        CliRun notAChoice = CliRun.of(args(made, "edition", "new", "--year", "2027", "--from", old.toString(),
                "--riding", "Rimouski"));
        assertThat(notAChoice.exit()).isEqualTo(1);
        assertThat(notAChoice.err()).contains("Rimouski", "LaFontaine");
        assertThat(made).doesNotExist();

        CliRun chosen = CliRun.of(args(made, "edition", "new", "--year", "2027", "--from", old.toString(),
                "--riding", "Pointe-aux-Prairies"));
        assertThat(chosen.exit()).as(chosen.err()).isZero();
        assertThat(ridingOf(made)).isEqualTo("Pointe-aux-Prairies / Montréal");
        assertThat(EditionFiles.sha(old)).isEqualTo(before);
    }

    @Test
    void aRidingThatKeepsItsNameAsksNothingAndAnEarlierEditionKeepsTheOldMap() throws Exception {
        Path old = officeOf2020("390", "Montréal");
        Path made = dir.resolve("bureau-2026.db");
        CliRun run = CliRun.of(args(made, "edition", "new", "--year", "2026", "--from", old.toString()));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("devient");
        assertThat(ridingOf(made)).isEqualTo("LaFontaine / Montréal");
    }

    @Test
    void ridingWithoutFromIsABadCommandLine() {
        CliRun run = CliRun.of(args(dir.resolve("n.db"), "edition", "new", "--year", "2027", "--riding", "Gaspé"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--riding", "--from");
    }
}
