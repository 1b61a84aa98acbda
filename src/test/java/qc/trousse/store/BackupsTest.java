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

    @Test
    void closingTheFileDuringItsBackupLeavesTheWholeBackupOrNone() throws Exception {
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 4; round++) {
                Path path = dir.resolve("bureau" + round + ".db");
                DataFile file = DataFile.open(path);
                new ProfileRepository(file).save(OfficeProfile.EMPTY, OfficeProfile.EMPTY.withMnaName("Sophie Roy")
                        .withAddress("x".repeat(4_000_000)));
                var backup = pool.submit(() -> Backups.daily(file, LocalDate.of(2020, 2, 17)));
                // The window closes the file while the copy may be under way (a quit right after the start).
                file.close();
                try {
                    backup.get();
                } catch (java.util.concurrent.ExecutionException closedFirst) {
                    assertThat(closedFirst).hasCauseInstanceOf(DataFileException.class);
                }
                for (Backups.Dated made : Backups.list(path)) {
                    DataFile.inspect(made.file());
                    try (DataFile copy = DataFile.open(made.file())) {
                        assertThat(new ProfileRepository(copy).load().mnaName()).isEqualTo("Sophie Roy");
                    }
                }
                try (var files = Files.list(Backups.folderOf(path))) {
                    assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCopyCutShortByAKilledProcessIsDroppedAndALiveOnesIsKept() throws Exception {
        Path path = dir.resolve("trousse.db");
        Path folder = Backups.folderOf(path);
        Files.createDirectories(folder);
        long gone = 4_000_000_000L; // above any pid the system hands out
        Path cutShort = Files.writeString(folder.resolve(".trousse-2020-02-16.db." + gone + ".part"), "cut");
        Path underWay = Files.writeString(folder.resolve(".trousse-2020-02-16.db."
                + ProcessHandle.current().pid() + ".part"), "copying");
        try (DataFile file = DataFile.open(path)) {
            Backups.daily(file, LocalDate.of(2020, 2, 17));
        }
        assertThat(cutShort).doesNotExist();
        assertThat(underWay).exists();
        assertThat(Backups.list(path)).extracting(Backups.Dated::day).containsExactly(LocalDate.of(2020, 2, 17));
    }
}
