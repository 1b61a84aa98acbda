package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.office.OfficeProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void oneBackupADayKeptForSevenDays() throws Exception {
        Path path = dir.resolve("trousse.db");
        try (DataFile file = DataFile.open(path)) {
            LocalDate day = LocalDate.of(2020, 2, 10);
            for (int i = 0; i < 10; i++) {
                Backups.daily(file, day.plusDays(i));
            }
            assertThat(Backups.daily(file, day.plusDays(9))).isEmpty();
        }
        assertThat(Backups.list(path)).extracting(Backups.Dated::day)
                .containsExactlyInAnyOrderElementsOf(LocalDate.of(2020, 2, 13).datesUntil(LocalDate.of(2020, 2, 20))
                        .toList());
    }

    @Test
    void aDamagedFileIsRestoredFromTheLatestGoodBackupIntoANewFile() throws Exception {
        Path path = dir.resolve("trousse.db");
        try (DataFile file = DataFile.open(path)) {
            new ProfileRepository(file).save(OfficeProfile.EMPTY, OfficeProfile.EMPTY.withMnaName("Sophie Roy")
                    .withAddress("x".repeat(6000)));
            Backups.daily(file, LocalDate.of(2020, 2, 17));
            try (var s = file.connection().createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        DataFileTest.corrupt(path);
        byte[] damaged = Files.readAllBytes(path);

        Backups.Dated latest = Backups.latestGood(path).orElseThrow();
        Path restored = Backups.restoreBeside(path, latest);

        assertThat(restored).isNotEqualTo(path).hasFileName("trousse-recupere-2020-02-17.db");
        assertThat(Files.readAllBytes(path)).isEqualTo(damaged);
        try (DataFile file = DataFile.open(restored)) {
            assertThat(new ProfileRepository(file).load().mnaName()).isEqualTo("Sophie Roy");
        }
    }
}
