package qc.trousse.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.Backups;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileTestAccess;
import qc.trousse.store.ProfileRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SessionOpenerTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SessionOpener opener = new SessionOpener(dialogs, Editions.shipped(), Ridings.load());

    @Test
    void aNewFileServesTheEditionInProgressOrNextAndAnOldFileKeepsItsOwn() throws Exception {
        int next = Editions.shipped().current(LocalDate.now()).year();
        try (Session made = opener.open(dir.resolve("nouveau.db"))) {
            assertThat(made.edition().year()).isEqualTo(next);
            assertThat(made.campaign().days().get(0).getYear()).isEqualTo(next);
        }
        Path demo = dir.resolve("demo.db");
        Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), demo);
        try (Session old = opener.open(demo)) {
            assertThat(old.edition().year()).as("a file records its edition; opening it changes nothing")
                    .isEqualTo(2020);
        }
    }

    @Test
    void aDamagedFileOffersTheLatestBackupAndOpensItAsANewFile() throws Exception {
        Path path = dir.resolve("trousse.db");
        try (DataFile file = DataFile.open(path)) {
            new ProfileRepository(file).save(OfficeProfile.EMPTY, OfficeProfile.EMPTY.withMnaName("Sophie Roy")
                    .withAddress("x".repeat(6000)));
            Backups.daily(file, LocalDate.now().minusDays(1));
            DataFileTestAccess.checkpoint(file);
        }
        DataFileTestAccess.corrupt(path);
        byte[] damaged = Files.readAllBytes(path);
        dialogs.choices.add(0);

        Optional<Session> session = opener.openOrAsk(path);

        assertThat(dialogs.errors).singleElement().asString().contains("trousse.db", "endommagé");
        assertThat(session).isPresent();
        try (Session s = session.get()) {
            assertThat(s.path()).isNotEqualTo(path);
            assertThat(s.path().getFileName().toString()).startsWith("trousse-recupere-");
            assertThat(s.office().profile().mnaName()).isEqualTo("Sophie Roy");
        }
        assertThat(Files.readAllBytes(path)).isEqualTo(damaged);
    }

    @Test
    void aRefusedFileIsLoggedInTheLogBesideTheDataFile() throws Exception {
        try (Session s = opener.open(dir.resolve("bureau.db"))) {
            Path text = Files.writeString(dir.resolve("notes.db"), "texte");
            dialogs.choices.add(1);
            opener.openOrAsk(text);
        }
        Path log = qc.trousse.store.Logs.folderOf(dir.resolve("bureau.db")).resolve("trousse-0.log");
        assertThat(Files.readString(log)).contains("notes.db", "NOT_SQLITE");
    }

    @Test
    void quittingAtTheQuestionOpensNothing() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "texte");
        dialogs.choices.add(1);
        assertThat(opener.openOrAsk(text)).isEmpty();
        assertThat(Files.readString(text)).isEqualTo("texte");
    }
}
