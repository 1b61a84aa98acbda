package qc.trousse.certificates.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Compares a printed page with the page sent, roughly: both rendered small in grey, the printed one turned
 * if the queue made it portrait, then the mean difference of their pixels (0 same, 255 opposite).
 */
final class PagesCompare {
    private static final int W = 88;
    private static final int H = 68;

    private PagesCompare() {
    }

    static double difference(PDDocument sent, int sentPage, PDDocument printed, int printedPage) throws IOException {
        double[][] a = grid(new PDFRenderer(sent).renderImageWithDPI(sentPage, 30, ImageType.GRAY), 0);
        BufferedImage p = new PDFRenderer(printed).renderImageWithDPI(printedPage, 30, ImageType.GRAY);
        if (p.getWidth() >= p.getHeight()) {
            return mean(a, grid(p, 0));
        }
        return Math.min(mean(a, grid(p, 1)), mean(a, grid(p, 3)));
    }

    /** The image sampled on a W×H grid after turning it by quarter turns clockwise. */
    private static double[][] grid(BufferedImage img, int quarterTurns) {
        double[][] g = new double[H][W];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double u = (x + 0.5) / W;
                double v = (y + 0.5) / H;
                double su;
                double sv;
                switch (quarterTurns) {
                    case 1 -> { su = v; sv = 1 - u; }
                    case 3 -> { su = 1 - v; sv = u; }
                    default -> { su = u; sv = v; }
                }
                int px = Math.min(img.getWidth() - 1, (int) (su * img.getWidth()));
                int py = Math.min(img.getHeight() - 1, (int) (sv * img.getHeight()));
                g[y][x] = img.getRaster().getSample(px, py, 0);
            }
        }
        return g;
    }

    private static double mean(double[][] a, double[][] b) {
        double sum = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                sum += Math.abs(a[y][x] - b[y][x]);
            }
        }
        return sum / (W * H);
    }

    /** How much of the page is not white: a blank page scores near 0. */
    static double ink(PDDocument doc, int page) throws IOException {
        double[][] g = grid(new PDFRenderer(doc).renderImageWithDPI(page, 30, ImageType.GRAY), 0);
        double sum = 0;
        for (double[] row : g) {
            for (double v : row) {
                sum += 255 - v;
            }
        }
        return sum / (W * H);
    }
}
