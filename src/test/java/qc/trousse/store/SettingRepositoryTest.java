package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void aValueSurvivesReopeningTheFile() throws Exception {
        Path file = dir.resolve("settings.db");
        try (DataFile data = DataFile.open(file)) {
            new SettingRepository(data).put("today", "2020-02-19");
        }
        try (DataFile data = DataFile.open(file)) {
            assertThat(new SettingRepository(data).get("today")).contains("2020-02-19");
        }
    }

    @Test
    void puttingAgainReplacesAndNullRemovesTheKey() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("replace.db"))) {
            SettingRepository settings = new SettingRepository(data);
            settings.put("today", "2020-02-17");
            settings.put("today", "2020-02-21");
            settings.put("other", "kept");
            assertThat(settings.get("today")).contains("2020-02-21");
            settings.put("today", null);
            assertThat(settings.get("today")).isEmpty();
            assertThat(settings.get("other")).contains("kept");
        }
    }

    @Test
    void anUnknownKeyIsEmpty() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("unknown.db"))) {
            assertThat(new SettingRepository(data).get("never-written")).isEmpty();
        }
    }
}
