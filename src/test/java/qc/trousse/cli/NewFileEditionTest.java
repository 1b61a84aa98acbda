package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.DataFiles;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.EditionRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file a headless command creates serves the edition in progress or next on the real date, as one the window
 * makes: both go through {@link DataFiles}. An existing file keeps its edition.
 */
class NewFileEditionTest {
    @TempDir
    Path dir;

    private static int yearOfToday() {
        return Editions.shipped().current(LocalDate.now()).year();
    }

    private static int yearIn(Path file) throws Exception {
        try (DataFile data = DataFile.open(file)) {
            return new EditionRepository(data).read().year();
        }
    }

    @Test
    void everyCreatingCommandRecordsTheEditionOfTheRealDate() throws Exception {
        Path guests = dir.resolve("invites.csv");
        Files.writeString(guests, "nom,organisme\nMarie Roy,École A\n");
        Path recipients = dir.resolve("laureats.csv");
        Files.writeString(recipients, "nom,motif\nLéa Roy,Persévérance\n");
        String[][] commands = {
                {"profile", "set", "--mna", "Harold LeBel"},
                {"recipients", "import", recipients.toString()},
                {"cocktail", "guests", "import", guests.toString()},
                {"cocktail", "set", "--start", "16:30"},
                {"posts", "networks", "--use", "X,Facebook"}};
        for (String[] command : commands) {
            Path data = dir.resolve(String.join("-", command).replaceAll("[^a-z-]", "") + ".db");
            String[] args = new String[command.length + 2];
            args[0] = "--data";
            args[1] = data.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            CliRun run = CliRun.of(args);
            assertThat(data).as(String.join(" ", command) + ": " + run.err()).exists();
            assertThat(yearIn(data)).as(String.join(" ", command)).isEqualTo(yearOfToday());
        }
    }

    @Test
    void aFileMadeOnADayOfDecember2026ServesJps2027AndOneOfJanuary2020Serves2020() throws Exception {
        Path late = dir.resolve("late.db");
        DataFiles.open(late, DataFile.Use.creating("profile set"), Editions.shipped(), LocalDate.of(2026, 12, 3))
                .file().close();
        assertThat(yearIn(late)).isEqualTo(2027);
        Path early = dir.resolve("early.db");
        DataFiles.Opened opened = DataFiles.open(early, DataFile.Use.WINDOW, Editions.shipped(),
                LocalDate.of(2020, 1, 6));
        assertThat(opened.made()).isTrue();
        opened.file().close();
        assertThat(yearIn(early)).isEqualTo(2020);
    }

    @Test
    void anExistingFileKeepsItsEdition() throws Exception {
        Path file = dir.resolve("old.db");
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            assertThat(s.edition().year()).isEqualTo(2020);
        }
        DataFiles.Opened again = DataFiles.open(file, DataFile.Use.WINDOW, Editions.shipped(),
                LocalDate.of(2026, 12, 3));
        assertThat(again.made()).isFalse();
        again.file().close();
        assertThat(yearIn(file)).isEqualTo(2020);
        CliRun run = CliRun.of("--data", file.toString(), "profile", "set", "--mna", "Harold LeBel");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(yearIn(file)).isEqualTo(2020);
    }
}
