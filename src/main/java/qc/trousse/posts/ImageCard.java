package qc.trousse.posts;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A card in one network's preferred size ({@link CardSize}; square 1080 × 1080 unless told): the message in
 * white on the campaign green, a white band with the hashtag, the office's name and its logo. Drawn with
 * Java2D so it renders the same with or without a screen.
 */
public final class ImageCard {
    public static final int SIZE = 1080;
    public static final Color GREEN = new Color(0x1f7a3a);
    private static final int PAD = 90;
    private static final int BAND = 200;

    private final int width;
    private final int height;

    private ImageCard(CardSize size) {
        this.width = size.width();
        this.height = size.height();
    }

    /** What goes on the card; logo is the image's bytes (PNG or JPEG) or null. */
    public record Content(String message, String hashtag, String office, String campaign, byte[] logo) {
    }

    public static BufferedImage render(Content c) {
        return render(c, CardSize.SQUARE);
    }

    public static BufferedImage render(Content c, CardSize size) {
        return new ImageCard(size).draw(c);
    }

    private BufferedImage draw(Content c) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Font bold = font(PostsFonts.BOLD);
            Font regular = font(PostsFonts.REGULAR);
            g.setColor(GREEN);
            g.fillRect(0, 0, width, height);
            plus(g);
            g.setColor(new Color(255, 255, 255, 210));
            g.setFont(regular.deriveFont(30f));
            g.drawString(c.campaign(), PAD, PAD + 10);
            message(g, bold, c.message());
            band(g, bold, regular, c);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void write(Content c, OutputStream out) throws IOException {
        ImageIO.write(render(c), "png", out);
    }

    /** The message, fitted to the green area and centred in it. */
    public static CardLayout layout(Graphics2D g, Font bold, String message) {
        return new ImageCard(CardSize.SQUARE).fit(g, bold, message);
    }

    private CardLayout fit(Graphics2D g, Font bold, String message) {
        return CardLayout.fit(g, bold, message, width - 2 * PAD, height - BAND - 2 * PAD - 60);
    }

    private void message(Graphics2D g, Font bold, String message) {
        CardLayout layout = fit(g, bold, message);
        g.setColor(Color.WHITE);
        g.setFont(bold.deriveFont(layout.size()));
        int boxTop = PAD + 60;
        int boxHeight = height - BAND - 2 * PAD - 60;
        int used = layout.lines().size() * layout.lineHeight();
        int y = boxTop + (boxHeight - used) / 2 + g.getFontMetrics().getAscent();
        for (String line : layout.lines()) {
            g.drawString(line, PAD, y);
            y += layout.lineHeight();
        }
    }

    private void band(Graphics2D g, Font bold, Font regular, Content c) {
        int top = height - BAND;
        g.setColor(Color.WHITE);
        g.fillRect(0, top, width, BAND);
        g.setColor(GREEN);
        g.setFont(bold.deriveFont(64f));
        g.drawString(c.hashtag(), PAD, top + 95);
        g.setColor(Color.DARK_GRAY);
        g.setFont(regular.deriveFont(30f));
        g.drawString(c.office(), PAD, top + 150);
        BufferedImage logo = logo(c.logo());
        if (logo != null) {
            double scale = Math.min(150.0 / logo.getWidth(), 150.0 / logo.getHeight());
            int w = (int) (logo.getWidth() * scale);
            int h = (int) (logo.getHeight() * scale);
            g.drawImage(logo, width - PAD - w, top + (BAND - h) / 2, w, h, null);
        }
    }

    /** The campaign's « + » in the top corner, clear of the message, and a thin white frame. */
    private void plus(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(width - PAD - 30, 60, width - PAD - 30, 120);
        g.drawLine(width - PAD - 60, 90, width - PAD, 90);
        g.setColor(new Color(255, 255, 255, 60));
        g.setStroke(new BasicStroke(6));
        g.draw(new RoundRectangle2D.Float(30, 30, width - 60, height - BAND - 45, 40, 40));
    }

    private static BufferedImage logo(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }

    public static Font font(String resource) {
        try (InputStream in = PostsFonts.open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
