package qc.trousse.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.DataFile;
import qc.trousse.store.ProfileRepository;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real process with SIGKILL while it autosaves edits, many times, and checks after each kill that the file
 * passes PRAGMA integrity_check and holds every edit the process had reported as saved.
 */
class CrashSafetyTest {
    private static final int KILLS = 25;
    @TempDir
    Path dir;

    @Test
    void killedDuringAutosavedEditsTheFileIsSoundAndKeepsEverySavedEdit() throws Exception {
        Path file = dir.resolve("crash.db");
        Random random = new Random(20200217);
        int reported = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), EditLoop.class.getName(), file.toString(), "100000")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            int target = 1 + random.nextInt(40);
            String line;
            int seen = 0;
            while (seen < target && (line = out.readLine()) != null) {
                reported = Math.max(reported, Integer.parseInt(line.substring("saved ".length())));
                seen++;
            }
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertSoundAndHolds(file, reported);
        }
        assertThat(reported).isGreaterThan(KILLS);
    }

    private static void assertSoundAndHolds(Path file, int reported) throws Exception {
        try (DataFile data = DataFile.open(file); Statement s = data.connection().createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
            var profile = new ProfileRepository(data).load();
            assertThat(profile.staff().size()).as("edits reported saved").isGreaterThanOrEqualTo(reported);
            for (int i = 0; i < profile.staff().size(); i++) {
                assertThat(profile.staff().get(i)).isEqualTo("Membre " + i);
            }
            // The staff list and the address are saved by two edits: a kill between them leaves the address one behind.
            int size = profile.staff().size();
            assertThat(profile.address()).isIn("Adresse " + size, "Adresse " + (size - 1), "");
        }
    }
}
