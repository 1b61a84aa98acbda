package qc.trousse.crash;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.cli.CliRun;
import qc.trousse.store.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real `certificates pdf --each` in its own JVM, killed with SIGKILL part-way through; the same command run again
 * finishes the batch: one whole PDF per name under its own name, nothing hidden left, no "Name (2).pdf".
 */
class EachBatchKillTest {
    private static final int PEOPLE = 60;
    @TempDir
    Path dir;

    @Test
    void aRerunFinishesABatchKilledHalfWay() throws Exception {
        Path data = dir.resolve("bureau.db");
        DataFile.open(data).close();
        Path folder = dir.resolve("certificats");
        List<String> command = new ArrayList<>(List.of("--data", data.toString(), "certificates", "pdf", "--each",
                folder.toString(), "--date", "2020-02-18"));
        List<String> names = IntStream.rangeClosed(1, PEOPLE).mapToObj(i -> "Élève numéro " + i).toList();
        names.forEach(n -> {
            command.add("--name");
            command.add(n);
        });
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "qc.trousse.Main"));
        java.addAll(command);
        Process p = new ProcessBuilder(java).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (pdfs(folder) < 5 && p.isAlive() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int before = pdfs(folder);
        assertThat(before).as("killed part-way").isBetween(1, PEOPLE - 1);

        CliRun rerun = CliRun.of(command.toArray(String[]::new));
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(names.stream().map(n -> n + ".pdf").toList());
        }
        for (String n : names) {
            try (PDDocument doc = Loader.loadPDF(folder.resolve(n + ".pdf").toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
            }
        }
    }

    private static int pdfs(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".pdf")).count();
        }
    }
}
