package qc.trousse.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The demo office's logo and signature, drawn with shapes only (no text) so they look the same on any machine,
 * with or without fonts.
 */
final class DemoImages {
    private static final Color GREEN = new Color(0x00, 0x7A, 0x4D);
    private static final Color INK = new Color(0x1A, 0x2A, 0x6C);

    private DemoImages() {
    }

    /** A green disc with the campaign's white "+" in a white ring: 300 × 300, transparent around. */
    static Path logo(Path folder) {
        BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(img);
        g.setColor(GREEN);
        g.fill(new Ellipse2D.Double(10, 10, 280, 280));
        g.setColor(Color.WHITE);
        g.fillRoundRect(130, 60, 40, 180, 12, 12);
        g.fillRoundRect(60, 130, 180, 40, 12, 12);
        g.setStroke(new BasicStroke(6));
        g.draw(new Ellipse2D.Double(28, 28, 244, 244));
        g.dispose();
        return write(img, folder.resolve("logo.png"));
    }

    /** A handwritten-looking stroke in dark blue ink on a transparent ground: 400 × 140. */
    static Path signature(Path folder) {
        BufferedImage img = new BufferedImage(400, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(img);
        g.setColor(INK);
        g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(20, 100, 40, 10, 70, 10, 80, 100));
        g.draw(new CubicCurve2D.Double(80, 100, 95, 40, 120, 40, 130, 95));
        g.draw(new CubicCurve2D.Double(130, 95, 160, 60, 170, 120, 200, 80));
        g.draw(new CubicCurve2D.Double(200, 80, 240, 20, 260, 130, 300, 70));
        g.draw(new CubicCurve2D.Double(300, 70, 320, 40, 340, 110, 380, 60));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(40, 120, 150, 105, 260, 125, 370, 108));
        g.dispose();
        return write(img, folder.resolve("signature.png"));
    }

    private static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static Path write(BufferedImage img, Path file) {
        try {
            ImageIO.write(img, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
