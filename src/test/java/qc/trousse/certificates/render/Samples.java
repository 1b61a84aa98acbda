package qc.trousse.certificates.render;

import qc.trousse.i18n.Lang;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Certificates as an office would fill them, with a drawn signature and logo. */
public final class Samples {
    private Samples() {
    }

    public static CertificateFields fields(String name, String reason) {
        return new CertificateFields(name, reason, LocalDate.of(2020, 2, 18), "Anjou–Louis-Riel",
                "Marie-Ève Tremblay-Gagnon", "députée", signature(), logo(),
                "Nos gestes, un + pour leur réussite!", "#JPS2020", Lang.FR);
    }

    public static CertificateFields bare(String name, String reason) {
        return new CertificateFields(name, reason, LocalDate.of(2020, 2, 18), "Taschereau", "Jean Tremblay",
                "député", null, null, "Nos gestes, un + pour leur réussite!", "#JPS2020", Lang.FR);
    }

    public static byte[] signature() {
        BufferedImage img = new BufferedImage(400, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1b2a6b));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(20, 100, 80, -20, 120, 160, 170, 60));
        g.draw(new CubicCurve2D.Double(170, 60, 200, 10, 230, 130, 260, 80));
        g.draw(new CubicCurve2D.Double(260, 80, 290, 40, 330, 120, 380, 50));
        g.dispose();
        return png(img);
    }

    public static byte[] logo() {
        BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0b3d91));
        g.fillOval(10, 10, 280, 280);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 120));
        g.drawString("AN", 62, 190);
        g.dispose();
        return png(img);
    }

    static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
