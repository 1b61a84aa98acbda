package qc.trousse.office;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.edit.EditHistory;
import qc.trousse.store.DataFile;
import qc.trousse.store.ProfileRepository;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeServiceTest {
    @TempDir
    Path dir;

    @Test
    void choosingARidingFillsTheRegionAndUndoIsSavedToo() throws Exception {
        Path path = dir.resolve("trousse.db");
        Ridings ridings = Ridings.load();
        try (DataFile file = DataFile.open(path)) {
            EditHistory history = new EditHistory();
            OfficeService office = new OfficeService(new ProfileRepository(file), history, ridings);
            office.chooseRiding(ridings.find("Anjou–Louis-Riel").orElseThrow());
            assertThat(office.profile().region()).isEqualTo("Montréal");
            office.update("region", p -> p.withRegion("Laval"));
            history.undo();
            assertThat(office.profile().region()).isEqualTo("Montréal");
        }
        try (DataFile file = DataFile.open(path)) {
            assertThat(new ProfileRepository(file).load().region()).isEqualTo("Montréal");
        }
    }

    @Test
    void typingANameIsOneUndoStep() throws Exception {
        try (DataFile file = DataFile.open(dir.resolve("t.db"))) {
            EditHistory history = new EditHistory();
            OfficeService office = new OfficeService(new ProfileRepository(file), history, Ridings.load());
            for (String prefix : new String[]{"M", "Ma", "Mar", "Marie"}) {
                office.type("mnaName", p -> p.withMnaName(prefix));
            }
            history.undo();
            assertThat(office.profile().mnaName()).isEmpty();
            history.redo();
            assertThat(office.profile().mnaName()).isEqualTo("Marie");
        }
    }

    @Test
    void imagesAndStaffAreStoredInTheFile() throws Exception {
        Path path = dir.resolve("img.db");
        OfficeImage logo = new OfficeImage("png", 10, 10, ImageCheckTest.png(10, 10));
        try (DataFile file = DataFile.open(path)) {
            OfficeService office = new OfficeService(new ProfileRepository(file), new EditHistory(), Ridings.load());
            office.update("logo", p -> p.withLogo(logo));
            office.update("staff", p -> p.withStaff(java.util.List.of("Léa Gagnon", "Ahmed Benali")));
        }
        try (DataFile file = DataFile.open(path)) {
            OfficeProfile p = new ProfileRepository(file).load();
            assertThat(p.logo()).isEqualTo(logo);
            assertThat(p.signature()).isNull();
            assertThat(p.staff()).containsExactly("Léa Gagnon", "Ahmed Benali");
        }
    }
}
