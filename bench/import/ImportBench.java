import qc.trousse.certificates.RecipientColumns;
import qc.trousse.importing.ImportPreview;
import qc.trousse.importing.TableImport;
import qc.trousse.importing.TableReader;
import qc.trousse.work.Progress;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A school's list of 10,000 recipients read and checked as the import does it (encoding and separator
 * detected, columns mapped, every row checked), against its anchor: the same file read line by line and split on
 * ";" with nothing checked. Interleaved, medians of 7 after 3 warm-ups. Not a test: it fails nothing.
 *   java -cp target/trousse.jar bench/import/ImportBench.java [rows]
 * (Was the timed unit test RecipientColumnsTest.tenThousandRowsStayFast: no timed unit tests.)
 */
public final class ImportBench {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path file = Files.createTempFile("dix-mille", ".csv");
        StringBuilder s = new StringBuilder("\uFEFFPrénom;Nom de famille;Raison;Date\r\n");
        for (int i = 1; i <= rows; i++) {
            s.append("Élève").append(i).append(";Côté-Ouellet;Persévérance exemplaire no ").append(i)
                    .append(";2020-02-").append(17 + i % 5).append("\r\n");
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
        RecipientColumns schema = new RecipientColumns(LocalDate.of(2020, 2, 17));
        List<Double> app = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            ImportPreview<?> p = TableImport.preview(TableReader.read(file, Progress.NONE), schema);
            long t1 = System.nanoTime();
            int n = bareRead(file);
            long t2 = System.nanoTime();
            if (p.good().size() != rows || n != rows) {
                throw new IllegalStateException(p.good().size() + " / " + n + " rows");
            }
            if (i >= 3) {
                app.add((t1 - t0) / 1e6);
                bare.add((t2 - t1) / 1e6);
            }
        }
        double a = median(app);
        double b = median(bare);
        System.out.printf(Locale.ROOT, "import of %d rows: app %.0f ms, bare split %.0f ms, ratio %.1f×%n", rows, a, b,
                a / b);
        Files.delete(file);
    }

    private static int bareRead(Path file) throws Exception {
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                n += line.split(";", -1).length == 4 ? 1 : 0;
            }
        }
        return n;
    }

    private static double median(List<Double> v) {
        double[] d = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
    }
}
