package qc.trousse.crash;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills real processes with SIGKILL while they import recipients and while they render and mark certificates, at
 * random points, and checks after each kill that the file is sound, each import is all or nothing, the marking of
 * a batch is all or nothing, and the output path holds a whole PDF or nothing.
 */
class BatchCrashSafetyTest {
    private static final int KILLS_EACH = 13;
    private static final int ALREADY_THERE = 7;
    private static final int BATCH = 24;
    @TempDir
    Path dir;

    @Test
    void killedDuringImportsEachImportIsAllOrNothing() throws Exception {
        Path file = dir.resolve("imports.db");
        seed(file, ALREADY_THERE);
        Random random = new Random(20200218);
        int reported = 0;
        for (int kill = 0; kill < KILLS_EACH; kill++) {
            Process p = start(ImportLoop.class.getName(), file.toString(), "1000");
            BufferedReader out = reader(p);
            int begins = 1 + random.nextInt(3);
            String line;
            while (begins > 0 && (line = out.readLine()) != null) {
                if (line.startsWith("begin")) {
                    begins--;
                } else {
                    reported++;
                }
            }
            // Then a random moment inside that import: before, during or after its transaction.
            LockSupport.parkNanos(Duration.ofMillis(random.nextInt(400)).toNanos());
            kill(p);
            int count = soundAndCount(file, "SELECT count(*) FROM recipient");
            assertThat((count - ALREADY_THERE) % ImportLoop.ROWS).as("recipients after kill %d: %d", kill, count)
                    .isZero();
            assertThat(count).isGreaterThanOrEqualTo(ALREADY_THERE + reported * ImportLoop.ROWS);
        }
        assertThat(reported).isPositive();
    }

    @Test
    void killedDuringRenderingAndMarkingThePdfIsWholeOrAbsentAndTheMarkingIsAllOrNothing() throws Exception {
        Path file = dir.resolve("render.db");
        seed(file, BATCH);
        // An output's folder must exist: it is never created (one rule for every output).
        Path out = Files.createDirectories(dir.resolve("sortie")).resolve("certificats.pdf");
        Random random = new Random(20200219);
        int batches = 0;
        for (int kill = 0; kill < KILLS_EACH; kill++) {
            Process p = start(RenderLoop.class.getName(), file.toString(), out.toString(), "1000");
            BufferedReader reader = reader(p);
            // Some pages into a batch (or past a whole one and into the next), then a random moment more.
            int lines = 1 + random.nextInt(BATCH + 8);
            String line;
            while (lines-- > 0 && (line = reader.readLine()) != null) {
                if (line.startsWith("batch")) {
                    batches++;
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(random.nextInt(300)).toNanos());
            kill(p);
            soundAndCount(file, "SELECT count(*) FROM recipient");
            assertThat(soundAndCount(file, "SELECT count(DISTINCT coalesce(printed_at, '-')) FROM recipient"))
                    .as("one marking time for the whole batch, or none").isEqualTo(1);
            if (Files.exists(out)) {
                try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                    assertThat(doc.getNumberOfPages()).isEqualTo(BATCH);
                }
            }
            try (Stream<Path> left = Files.list(out.getParent())) {
                // A kill mid-save may leave the hidden temporary file, never a partial file under the real name.
                assertThat(left.map(f -> f.getFileName().toString()))
                        .allMatch(n -> n.equals("certificats.pdf")
                                || qc.trousse.work.WholeFile.isLeftoverOf(n, "certificats.pdf"));
            }
        }
        assertThat(batches).as("whole batches written before some kill").isPositive();
        assertThat(out).exists();
    }

    private static void seed(Path file, int n) throws Exception {
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            s.recipients().importAll(IntStream.range(0, n).mapToObj(i -> Recipient.of(RecipientKind.PERSON,
                    "Amélie D’Astous " + i, "Aide aux devoirs", LocalDate.of(2020, 2, 18))).toList());
        }
    }

    private static Process start(String main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Checks PRAGMA integrity_check, then answers a count. */
    private static int soundAndCount(Path file, String query) throws Exception {
        try (DataFile data = DataFile.open(file); Statement s = data.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = s.executeQuery(query)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
