package qc.trousse.cli;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files small on disk and huge once read, imported by the real command in a JVM with a 256 MB heap (less than an
 * office PC gives the app): each is imported or refused in one line, never an OutOfMemoryError.
 */
class ImportUnderSmallHeapTest {
    private static final int LAST_COLUMN = 16_383;
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err, long millis) {
    }

    private Run run(String... command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "qc.trousse.Main",
                "--lang", "fr", "--data", dir.resolve("bureau.db").toString()));
        args.addAll(Arrays.asList(command));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(args).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("finished within 4 minutes").isTrue();
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8), ms);
    }

    @Test
    void fiftyThousandRowsWithOneCellInColumnXfdAreImported() throws Exception {
        Path xlsx = dir.resolve("colonne-xfd.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet();
            sheet.createRow(0).createCell(LAST_COLUMN).setCellValue("Nom");
            for (int i = 1; i < 50_000; i++) {
                sheet.createRow(i).createCell(LAST_COLUMN).setCellValue("Élève " + i);
            }
            wb.write(out);
            wb.dispose();
        }
        assertThat(Files.size(xlsx)).isLessThan(2_000_000);
        Run r = run("recipients", "import", xlsx.toString());
        System.out.printf("colonne-xfd.xlsx (%d octets) importé sous -Xmx256m en %d ms%n", Files.size(xlsx), r.millis());
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").isEmpty();
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).containsPattern("49.999 récipiendaires ajoutés");
    }

    @Test
    void aCsvOfOneRowOf45MillionSemicolonsIsRefusedInOneLine() throws Exception {
        Path csv = dir.resolve("point-virgules.csv");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ';');
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv))) {
            out.write("Nom\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 45; i++) {
                out.write(chunk);
            }
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        Run r = run("recipients", "import", csv.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("point-virgules.csv").contains("ligne 2").contains("16\u00a0384");
        assertThat(Files.exists(dir.resolve("bureau.db"))).isFalse();
    }

    @Test
    void aWorkbookDeclaringEntitiesIsRefusedInOneLineByBothImports() throws Exception {
        Path bad = dir.resolve("entites.xlsx");
        qc.trousse.importing.Corpus.rewriteZip(qc.trousse.importing.Corpus.workbook(dir), bad, "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"));
        for (String command : List.of("recipients import", "cocktail guests import")) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.add(bad.toString());
            Run r = run(args.toArray(String[]::new));
            assertThat(r.exit()).as(command).isEqualTo(1);
            assertThat(r.err().lines().toList()).as(command).hasSize(1);
            assertThat(r.err()).contains("entites.xlsx").contains("entités XML").doesNotContain("DOCTYPE is disallowed");
        }
    }
}
