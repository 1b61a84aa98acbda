import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import qc.trousse.certificates.render.CertificateDesign;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.certificates.render.FontCatalog;
import qc.trousse.certificates.render.Paper;
import qc.trousse.i18n.Lang;
import qc.trousse.work.Progress;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Certificate figures against a bare PDFBox loop drawing the same texts (not a test). Run from the project root
 * after `mvn -q -B -o package -DskipTests`:
 *   java -Xmx512m -cp target/trousse.jar bench/CertificateBench.java [count] [bigCount]   rendering time and heap
 *   java -cp target/trousse.jar bench/CertificateBench.java --size [count] [dir]            size (bench/size/objects.sh)
 * The rendering figures compare with the loop drawing the texts only; the size compares with the loop drawing the
 * whole design: the same fonts (the bytes the app embeds), the same two images embedded once, the same artwork
 * (the app's own drawing, as one form), the same texts in the design's colours at fixed places, and nothing else
 * (no fitting, no line breaking, no PDF/A metadata).
 */
public final class CertificateBench {
    static final String[] FIRST = {"Amélie", "Zoé", "Jérôme", "Marie-Ève", "Noémie", "François", "Émile", "Léa",
            "Kanien'kehá:ka", "Shanipiap", "Nguyễn Thị", "Ελένη", "ᐃᓄᒃᑎᑐᑦ", "Gaëlle", "Loïc", "Anne-Sophie"};
    static final String[] LAST = {"Tremblay", "Gagnon", "D’Astous-Bélanger", "Côté", "Bouchard", "Lévesque",
            "Tékaronhiáhkhwa", "Mestokosho", "Minh Khai", "Παπαδοπούλου", "Qullialuk", "Ouellet-Saint-Pierre"};

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--size")) {
            size(args.length > 1 ? Integer.parseInt(args[1]) : 1000,
                    args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("size-bench"));
            return;
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int big = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path dir = Files.createTempDirectory("certificate-bench");
        List<CertificateFields> batch = batch(count);
        CertificateRenderer renderer = new CertificateRenderer(CertificateDesign.builtIn());
        // Warm up both paths (twice the whole batch) so the figures are steady state, not class loading and JIT.
        for (int i = 0; i < 2; i++) {
            renderer.render(batch, Paper.LETTER, dir.resolve("warm.pdf"), Progress.NONE);
            bare(batch, dir.resolve("warm-bare.pdf"), false);
        }

        // Best of five runs each, alternating, so a busy machine weighs on both alike.
        Run app = null;
        Run bare = null;
        for (int i = 0; i < 5; i++) {
            Run a = measure(() -> renderer.render(batch, Paper.LETTER, dir.resolve("app.pdf"), Progress.NONE),
                    dir.resolve("app.pdf"), count);
            Run b = measure(() -> bare(batch, dir.resolve("bare.pdf"), false), dir.resolve("bare.pdf"), count);
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

    /** The size of the 1,000-certificate PDF with an office's logo and signature, against the bare loop's. */
    static void size(int count, Path dir) throws Exception {
        byte[] logo = logo();
        byte[] signature = signature();
        List<CertificateFields> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new CertificateFields("Élève n° " + i + " Lévesque-Tékaronhiáhkhwa",
                    "Pour son engagement envers la réussite des élèves (" + i + ").", LocalDate.of(2020, 2, 18),
                    "Taschereau", "Catherine Dorion", "députée", signature, logo,
                    "Nos gestes, un + pour leur réussite!", "#JPS2020", Lang.FR));
        }
        Path app = dir.resolve("app.pdf");
        new CertificateRenderer(CertificateDesign.builtIn()).render(batch, Paper.LETTER, app, Progress.NONE);
        Path bare = dir.resolve("bare.pdf");
        bare(batch, bare, true);
        long a = Files.size(app);
        long b = Files.size(bare);
        System.out.printf(Locale.ROOT, "%d certificates: app %.1f KiB, bare loop %.1f KiB, ratio %.2f× (goal ≤ 1.1×)%n",
                count, a / 1024.0, b / 1024.0, (double) a / b);
        System.out.println(dir);
    }

    /** A text of the page at a fixed place. */
    record Text(FieldId field, PDType0Font font, float size, float x, float y, String text) {
    }

    /**
     * The same texts in the same fonts at fixed places: what PDFBox alone costs. Without the design, texts only
     * (the name word by word, syllabics and Greek in the fonts that have them, as a hand-written loop would);
     * with it, also the built-in artwork as one form, the design's colours (each set once per page, as the app
     * does) and the first certificate's logo and signature, each embedded once.
     */
    static void bare(List<CertificateFields> batch, Path out, boolean design) throws Exception {
        try (PDDocument doc = Boolean.getBoolean("bench.memory") ? new PDDocument() : new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDType0Font title = font(doc, "NotoSerifDisplay-Bold.ttf");
            PDType0Font name = font(doc, "NotoSerifDisplay-Italic.ttf");
            PDType0Font text = font(doc, "NotoSans-Regular.ttf");
            PDType0Font bold = font(doc, "NotoSans-Bold.ttf");
            PDType0Font italic = font(doc, "NotoSans-Italic.ttf");
            PDType0Font syllabics = font(doc, "NotoSansCanadianAboriginal-Regular.ttf");
            PDType0Font dejavu = font(doc, "DejaVuSans.ttf");
            PDRectangle box = Paper.LETTER.landscape();
            CertificateDesign look = CertificateDesign.builtIn();
            PDAppearanceStream artwork = design ? artwork(doc, box) : null;
            PDImageXObject logo = design ? PDImageXObject.createFromByteArray(doc, batch.get(0).logo(), "logo") : null;
            PDImageXObject signature = design
                    ? PDImageXObject.createFromByteArray(doc, batch.get(0).signature(), "sig") : null;
            for (CertificateFields f : batch) {
                PDPage page = new PDPage(box);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (design) {
                        cs.drawForm(artwork);
                    }
                    List<Text> texts = List.of(
                            new Text(FieldId.TITLE, title, 33, 250, 520, "Certificat de reconnaissance"),
                            new Text(FieldId.TITLE, title, 33, 250, 480, "de la persévérance scolaire"),
                            new Text(FieldId.PRESENTED_TO, text, 12, 380, 420, "DÉCERNÉ À"),
                            new Text(FieldId.NAME, name, design ? 40 : 46, 250, 360, f.recipientName()),
                            new Text(FieldId.REASON, italic, 14, 260, 300, f.reason()),
                            new Text(FieldId.DATE, text, 13, 250, 140, "Le 18 février 2020"),
                            new Text(FieldId.RIDING, text, 11, 250, 110, "Circonscription de Taschereau"),
                            new Text(FieldId.MNA_NAME, bold, 13, 560, 110, f.mnaName()),
                            new Text(FieldId.MNA_TITLE, text, 11, 560, 90, "Députée de Taschereau"),
                            new Text(FieldId.SLOGAN, bold, 15, 40, 180, f.slogan()),
                            new Text(FieldId.HASHTAG, bold, 18, 60, 100, f.hashtag()));
                    List<Integer> colours = design
                            ? texts.stream().map(t -> look.style(t.field()).color()).distinct().toList()
                            : List.of(-1);
                    for (int colour : colours) {
                        if (design) {
                            cs.setNonStrokingColor(new Color(colour));
                        }
                        for (Text t : texts) {
                            if (design && look.style(t.field()).color() != colour) {
                                continue;
                            }
                            if (t.field() == FieldId.NAME && !design) {
                                cs.beginText();
                                cs.newLineAtOffset(t.x(), t.y());
                                for (String word : t.text().split(" ")) {
                                    boolean syl = word.codePoints().anyMatch(c -> c >= 0x1400 && c <= 0x167F);
                                    boolean greek = word.codePoints().anyMatch(c -> c >= 0x0370 && c <= 0x03FF);
                                    cs.setFont(syl ? syllabics : greek ? dejavu : name, t.size());
                                    cs.showText(word + " ");
                                }
                                cs.endText();
                            } else {
                                show(cs, t.font(), t.size(), t.x(), t.y(), t.text());
                            }
                        }
                    }
                    if (design) {
                        cs.drawImage(logo, 440, 80, 90, 90);
                        cs.drawImage(signature, 550, 110, 170, 60);
                    }
                }
            }
            doc.save(out.toFile());
        }
    }

    /** The app's own drawing of the built-in design, as one form shown on every page. */
    static PDAppearanceStream artwork(PDDocument doc, PDRectangle box) throws Exception {
        PDAppearanceStream artwork = new PDAppearanceStream(doc);
        artwork.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
        artwork.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(doc, artwork)) {
            Class<?> drawing = Class.forName("qc.trousse.certificates.render.BuiltInArtwork");
            Method draw = drawing.getDeclaredMethod("draw", PDPageContentStream.class, PDRectangle.class,
                    CertificateDesign.class, boolean.class);
            draw.setAccessible(true);
            draw.invoke(null, cs, box, CertificateDesign.builtIn(), true);
        }
        return artwork;
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

    static byte[] logo() throws Exception {
        BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x0b3d91));
        g.fillOval(10, 10, 280, 280);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 120));
        g.drawString("AN", 62, 190);
        g.dispose();
        return png(img);
    }

    static byte[] signature() throws Exception {
        BufferedImage img = new BufferedImage(400, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1b2a6b));
        g.setStroke(new BasicStroke(4f));
        g.drawLine(20, 100, 380, 50);
        g.drawLine(60, 40, 300, 120);
        g.dispose();
        return png(img);
    }

    static byte[] png(BufferedImage img) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
