import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import qc.trousse.certificates.render.CertificateDesign;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.FontCatalog;
import qc.trousse.certificates.render.Paper;
import qc.trousse.i18n.Lang;
import qc.trousse.work.Progress;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Certificate rendering figures (not a test). Run from the project root after `mvn -q -B -o package -DskipTests`:
 *   java -Xmx512m -cp target/trousse.jar bench/CertificateBench.java [count] [bigCount]
 */
public final class CertificateBench {
    static final String[] FIRST = {"Amélie", "Zoé", "Jérôme", "Marie-Ève", "Noémie", "François", "Émile", "Léa",
            "Kanien'kehá:ka", "Shanipiap", "Nguyễn Thị", "Ελένη", "ᐃᓄᒃᑎᑐᑦ", "Gaëlle", "Loïc", "Anne-Sophie"};
    static final String[] LAST = {"Tremblay", "Gagnon", "D’Astous-Bélanger", "Côté", "Bouchard", "Lévesque",
            "Tékaronhiáhkhwa", "Mestokosho", "Minh Khai", "Παπαδοπούλου", "Qullialuk", "Ouellet-Saint-Pierre"};

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int big = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path dir = Files.createTempDirectory("certificate-bench");
        List<CertificateFields> batch = batch(count);
        CertificateRenderer renderer = new CertificateRenderer(CertificateDesign.builtIn());
        // Warm up both paths (twice the whole batch) so the figures are steady state, not class loading and JIT.
        for (int i = 0; i < 2; i++) {
            renderer.render(batch, Paper.LETTER, dir.resolve("warm.pdf"), Progress.NONE);
            bare(batch, dir.resolve("warm-bare.pdf"));
        }

        // Best of five runs each, alternating, so a busy machine weighs on both alike.
        Run app = null;
        Run bare = null;
        for (int i = 0; i < 5; i++) {
            Run a = measure(() -> renderer.render(batch, Paper.LETTER, dir.resolve("app.pdf"), Progress.NONE),
                    dir.resolve("app.pdf"), count);
            Run b = measure(() -> bare(batch, dir.resolve("bare.pdf")), dir.resolve("bare.pdf"), count);
            app = app == null || a.seconds < app.seconds ? a : app;
            bare = bare == null || b.seconds < bare.seconds ? b : bare;
        }
        System.out.println("Certificates to one PDF, Letter landscape, built-in design, " + count + " pages");
        app.print("app (CertificateRenderer)");
        bare.print("bare PDFBox loop, same texts and fonts");
        System.out.printf(Locale.ROOT, "ratio app/bare: time %.2f×, size %.2f×%n", app.seconds / bare.seconds,
                (double) app.bytes / bare.bytes);

        List<CertificateFields> many = batch(big);
        Run large = measure(() -> renderer.render(many, Paper.LETTER, dir.resolve("big.pdf"), Progress.NONE),
                dir.resolve("big.pdf"), big);
        large.print(big + " certificates");
        // Live heap: every 500 pages a full GC, then what is still held, against the heap before the run.
        System.gc();
        long before = heapUsed();
        long[] maxLive = {0};
        Progress checkpoints = new Progress() {
            @Override
            public void update(long done, long total) {
                if (done % 500 == 0) {
                    System.gc();
                    maxLive[0] = Math.max(maxLive[0], heapUsed() - before);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        renderer.render(many, Paper.LETTER, dir.resolve("big2.pdf"), checkpoints);
        System.out.printf(Locale.ROOT, "live heap growth for %d (max after GC, every 500 pages): %.1f MB (goal < 64 MB);"
                + " max heap %d MB%n", big, maxLive[0] / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        System.out.println("files in " + dir);
    }

    interface Work {
        void run() throws Exception;
    }

    record Run(double seconds, long bytes, double heapGrowthMb, int pages) {
        void print(String what) {
            System.out.printf(Locale.ROOT, "%-40s %7.2f s  %7.0f pages/s  %8.1f KB (%5.1f KB/page)  peak heap +%.1f MB%n",
                    what, seconds, pages / seconds, bytes / 1024.0, bytes / 1024.0 / pages, heapGrowthMb);
        }
    }

    static Run measure(Work work, Path out, int pages) throws Exception {
        System.gc();
        long baseline = heapUsed();
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Run(seconds, Files.size(out), (peak - baseline) / 1048576.0, pages);
    }

    static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static List<CertificateFields> batch(int n) {
        List<CertificateFields> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
            list.add(new CertificateFields(name, "Pour son engagement envers la réussite des élèves (" + i + ").",
                    LocalDate.of(2020, 2, 18), "Taschereau", "Catherine Dorion", "députée", null, null,
                    "Nos gestes, un + pour leur réussite!", "#JPS2020", Lang.FR));
        }
        return list;
    }

    /** The same texts in the same fonts at fixed places, with nothing else: what PDFBox alone costs. */
    static void bare(List<CertificateFields> batch, Path out) throws Exception {
        try (PDDocument doc = Boolean.getBoolean("bench.memory") ? new PDDocument() : new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDType0Font title = font(doc, "NotoSerifDisplay-Bold.ttf");
            PDType0Font name = font(doc, "NotoSerifDisplay-Italic.ttf");
            PDType0Font text = font(doc, "NotoSans-Regular.ttf");
            PDType0Font bold = font(doc, "NotoSans-Bold.ttf");
            PDType0Font italic = font(doc, "NotoSans-Italic.ttf");
            PDType0Font syllabics = font(doc, "NotoSansCanadianAboriginal-Regular.ttf");
            PDType0Font dejavu = font(doc, "DejaVuSans.ttf");
            for (CertificateFields f : batch) {
                PDPage page = new PDPage(Paper.LETTER.landscape());
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    show(cs, title, 33, 250, 520, "Certificat de reconnaissance");
                    show(cs, title, 33, 250, 480, "de la persévérance scolaire");
                    show(cs, text, 12, 380, 420, "DÉCERNÉ À");
                    // Word by word: syllabics and Greek in the fonts that have them, as a hand-written loop would.
                    cs.beginText();
                    cs.newLineAtOffset(250, 360);
                    for (String word : f.recipientName().split(" ")) {
                        boolean syl = word.codePoints().anyMatch(c -> c >= 0x1400 && c <= 0x167F);
                        boolean greek = word.codePoints().anyMatch(c -> c >= 0x0370 && c <= 0x03FF);
                        cs.setFont(syl ? syllabics : greek ? dejavu : name, 46);
                        cs.showText(word + " ");
                    }
                    cs.endText();
                    show(cs, italic, 14, 260, 300, f.reason());
                    show(cs, text, 13, 250, 140, "Le 18 février 2020");
                    show(cs, text, 11, 250, 110, "Circonscription de Taschereau");
                    show(cs, bold, 13, 560, 110, f.mnaName());
                    show(cs, text, 11, 560, 90, "Députée de Taschereau");
                    show(cs, bold, 15, 40, 180, f.slogan());
                    show(cs, bold, 18, 60, 100, f.hashtag());
                }
            }
            doc.save(out.toFile());
        }
    }

    static void show(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws Exception {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** The same font bytes the app embeds (see FontCatalog: the GSUB table hidden), loaded once per document. */
    static PDType0Font font(PDDocument doc, String file) throws Exception {
        byte[] bytes = Boolean.getBoolean("bench.rawFonts") ? raw(file) : FontCatalog.get().documentBytes(file);
        return PDType0Font.load(doc, new RandomAccessReadBuffer(bytes), true, false);
    }

    static byte[] raw(String file) throws Exception {
        try (InputStream in = CertificateBench.class.getResourceAsStream("/assets/fonts/" + file)) {
            return in.readAllBytes();
        }
    }
}
