package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.office.MnaTitle;
import qc.trousse.office.OfficeImage;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.SocialHandles;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileRepositoryTest {
    @TempDir
    Path dir;

    private static final OfficeImage SIGNATURE = new OfficeImage("png", 300, 80, new byte[] {1, 2, 3, 4});
    private static final OfficeImage LOGO = new OfficeImage("jpeg", 120, 120, new byte[] {9, 8, 7});

    private static OfficeProfile filled() {
        return new OfficeProfile("Julie Gagnon", MnaTitle.DEPUTEE, "341", "Capitale-Nationale",
                "1234, boul. Charest Ouest, Québec", "418 555-0101", "bureau@example.qc.ca",
                new SocialHandles("@jgagnon", "julie.gagnon", "jgagnon.qc", "julie-gagnon"), SIGNATURE, LOGO,
                List.of("Karim Diallo", "Élise Tremblay"));
    }

    @Test
    void aFileWithoutProfileGivesTheEmptyProfile() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("empty.db"))) {
            assertThat(new ProfileRepository(data).load()).isEqualTo(OfficeProfile.EMPTY);
        }
    }

    @Test
    void theWholeProfileWithImagesAndStaffSurvivesReopeningTheFile() throws Exception {
        Path file = dir.resolve("profile.db");
        try (DataFile data = DataFile.open(file)) {
            new ProfileRepository(data).save(OfficeProfile.EMPTY, filled());
        }
        try (DataFile data = DataFile.open(file)) {
            OfficeProfile loaded = new ProfileRepository(data).load();
            assertThat(loaded).isEqualTo(filled());
            assertThat(loaded.signature().width()).isEqualTo(300);
            assertThat(loaded.logo().bytes()).containsExactly(9, 8, 7);
        }
    }

    @Test
    void removingAnImageAndReorderingTheStaffAreSaved() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("change.db"))) {
            ProfileRepository repo = new ProfileRepository(data);
            repo.save(OfficeProfile.EMPTY, filled());
            OfficeProfile changed = filled().withLogo(null).withStaff(List.of("Élise Tremblay", "Karim Diallo"));
            repo.save(filled(), changed);
            OfficeProfile loaded = repo.load();
            assertThat(loaded.logo()).isNull();
            assertThat(loaded.signature()).isEqualTo(SIGNATURE);
            assertThat(loaded.staff()).containsExactly("Élise Tremblay", "Karim Diallo");
        }
    }
}
