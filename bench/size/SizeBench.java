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
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Size of the 1,000-certificate PDF (built-in design, an office's logo and signature) against a bare PDFBox loop
 * drawing the same design: the same fonts (the bytes the app embeds), the same two images embedded once, the
 * same artwork (the app's own drawing, as one form), the same texts in the design's colours at fixed places, and
 * nothing else (no fitting, no line breaking, no PDF/A metadata). Not a test. Prints both sizes, the ratio, and how many
 * images and font files each stores (each should be stored once per document). Run from the project root:
 *   java -cp target/trousse.jar bench/size/SizeBench.java [count]   (then bench/size/objects.sh counts with qpdf)
 */
public final class SizeBench {
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("size-bench");
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
        bare(batch, bare);
        long a = Files.size(app);
        long b = Files.size(bare);
        System.out.printf(Locale.ROOT, "%d certificates: app %.1f KiB, bare loop %.1f KiB, ratio %.2f× (goal ≤ 1.1×)%n",
                count, a / 1024.0, b / 1024.0, (double) a / b);
        System.out.println(dir);
    }

    static void bare(List<CertificateFields> batch, Path out) throws Exception {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDType0Font title = font(doc, "NotoSerifDisplay-Bold.ttf");
            PDType0Font name = font(doc, "NotoSerifDisplay-Italic.ttf");
            PDType0Font text = font(doc, "NotoSans-Regular.ttf");
            PDType0Font bold = font(doc, "NotoSans-Bold.ttf");
            PDType0Font italic = font(doc, "NotoSans-Italic.ttf");
            PDImageXObject logo = PDImageXObject.createFromByteArray(doc, batch.get(0).logo(), "logo");
            PDImageXObject signature = PDImageXObject.createFromByteArray(doc, batch.get(0).signature(), "sig");
            PDRectangle box = Paper.LETTER.landscape();
            CertificateDesign design = CertificateDesign.builtIn();
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
            for (CertificateFields f : batch) {
                PDPage page = new PDPage(box);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawForm(artwork);
                    // The design's colours, each set once per page as the app does (texts grouped by colour).
                    List<Object[]> texts = List.of(
                            new Object[]{FieldId.TITLE, title, 33f, 250f, 520f, "Certificat de reconnaissance"},
                            new Object[]{FieldId.TITLE, title, 33f, 250f, 480f, "de la persévérance scolaire"},
                            new Object[]{FieldId.PRESENTED_TO, text, 12f, 380f, 420f, "DÉCERNÉ À"},
                            new Object[]{FieldId.NAME, name, 40f, 250f, 360f, f.recipientName()},
                            new Object[]{FieldId.REASON, italic, 14f, 260f, 300f, f.reason()},
                            new Object[]{FieldId.DATE, text, 13f, 250f, 140f, "Le 18 février 2020"},
                            new Object[]{FieldId.RIDING, text, 11f, 250f, 110f, "Circonscription de Taschereau"},
                            new Object[]{FieldId.MNA_NAME, bold, 13f, 560f, 110f, f.mnaName()},
                            new Object[]{FieldId.MNA_TITLE, text, 11f, 560f, 90f, "Députée de Taschereau"},
                            new Object[]{FieldId.SLOGAN, bold, 15f, 40f, 180f, f.slogan()},
                            new Object[]{FieldId.HASHTAG, bold, 18f, 60f, 100f, f.hashtag()});
                    List<Integer> colours = texts.stream().map(t -> design.style((FieldId) t[0]).color()).distinct()
                            .toList();
                    for (int colour : colours) {
                        cs.setNonStrokingColor(new Color(colour));
                        for (Object[] t : texts) {
                            if (design.style((FieldId) t[0]).color() == colour) {
                                show(cs, (PDType0Font) t[1], (float) t[2], (float) t[3], (float) t[4], (String) t[5]);
                            }
                        }
                    }
                    cs.drawImage(logo, 440, 80, 90, 90);
                    cs.drawImage(signature, 550, 110, 170, 60);
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

    static PDType0Font font(PDDocument doc, String file) throws Exception {
        return PDType0Font.load(doc, new RandomAccessReadBuffer(FontCatalog.get().documentBytes(file)), true, false);
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
