package qc.trousse.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.office.Ridings;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTest {
    @TempDir
    Path dir;

    private static Session open(Path file) throws Exception {
        return new Session(DataFile.open(file), Editions.shipped(), Ridings.load());
    }

    @Test
    void editsInDifferentServicesUndoInReverseOrderThroughOneHistory() throws Exception {
        try (Session s = open(dir.resolve("one.db"))) {
            s.office().type("mnaName", p -> p.withMnaName("Julie Gagnon"));
            s.recipients().add(Recipient.of(RecipientKind.PERSON, "Léa Roy", "Mentorat", LocalDate.of(2020, 2, 19)));
            assertThat(s.history().undoKey()).contains("edit.recipients.add");
            s.history().undo();
            assertThat(s.recipients().all()).isEmpty();
            assertThat(s.office().profile().mnaName()).isEqualTo("Julie Gagnon");
            assertThat(s.history().undoKey()).contains("edit.profile.mnaName");
            s.history().undo();
            assertThat(s.office().profile().mnaName()).isEmpty();
            assertThat(s.history().canUndo()).isFalse();
        }
    }

    @Test
    void whatTheServicesWroteAndTheFilesIdAreThereWhenTheFileIsOpenedAgain() throws Exception {
        Path file = dir.resolve("again.db");
        String id;
        try (Session s = open(file)) {
            s.office().type("mnaName", p -> p.withMnaName("Julie Gagnon"));
            s.gestures().choose("certificate");
            id = s.fileId();
        }
        try (Session s = open(file)) {
            assertThat(s.office().profile().mnaName()).isEqualTo("Julie Gagnon");
            assertThat(s.gestures().all()).hasSize(1);
            assertThat(s.fileId()).isEqualTo(id).isNotBlank();
            assertThat(s.history().canUndo()).as("the undo list belongs to one opening of the file").isFalse();
        }
    }
}
