package qc.trousse.certificates.render;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;

/**
 * The campaign's design drawn in vector: a double green frame, a green band holding the « + » and the
 * green-and-white ribbon, rules under the name and for the date and signature, and a seal when there is no logo.
 */
final class BuiltInArtwork {
    static final float[] GREEN = {0x1f / 255f, 0x7a / 255f, 0x3a / 255f};
    private static final float[] DARK_GREEN = {0x15 / 255f, 0x5a / 255f, 0x2a / 255f};
    private static final float[] PALE_GREEN = {0xe9 / 255f, 0xf4 / 255f, 0xec / 255f};
    private static final float[] RULE = {0x9d / 255f, 0xb8 / 255f, 0xa5 / 255f};
    private static final float[] WHITE = {1, 1, 1};

    private BuiltInArtwork() {
    }

    static void draw(PDPageContentStream cs, PDRectangle page, CertificateDesign design, boolean hasLogo)
            throws IOException {
        float w = page.getWidth();
        float h = page.getHeight();
        float m = 22;
        // Frame: a strong outer line and a fine inner one.
        stroke(cs, GREEN, 2.4f);
        cs.addRect(m, m, w - 2 * m, h - 2 * m);
        cs.stroke();
        stroke(cs, GREEN, 0.6f);
        cs.addRect(m + 5, m + 5, w - 2 * m - 10, h - 2 * m - 10);
        cs.stroke();
        // A large, pale « + » behind the text: the campaign's sign, as a watermark.
        plus(cs, PALE_GREEN, w * 0.80f, h * 0.47f, h * 0.31f, h * 0.085f);
        // The band.
        float bandLeft = m + 9;
        float bandRight = w * 0.245f;
        fill(cs, GREEN);
        cs.addRect(bandLeft, m + 9, bandRight - bandLeft, h - 2 * m - 18);
        cs.fill();
        float cx = (bandLeft + bandRight) / 2;
        plus(cs, WHITE, cx, h * 0.835f, h * 0.10f, h * 0.032f);
        float r = Math.min((bandRight - bandLeft) * 0.40f, h * 0.14f);
        float cy = h * 0.565f;
        fill(cs, WHITE);
        circle(cs, cx, cy, r);
        cs.fill();
        stroke(cs, WHITE, 1.2f);
        circle(cs, cx, cy, r + 5);
        cs.stroke();
        Ribbon.draw(cs, cx, cy - r * 0.02f, r * 0.78f);
        rules(cs, page, design);
        if (!hasLogo) {
            seal(cs, PageBox.of(design.style(FieldId.LOGO), page));
        }
    }

    private static void rules(PDPageContentStream cs, PDRectangle page, CertificateDesign design) throws IOException {
        PageBox name = PageBox.of(design.style(FieldId.NAME), page);
        float y = name.bottom() - 4;
        float half = name.width() * 0.32f;
        stroke(cs, GREEN, 0.9f);
        cs.moveTo(name.centerX() - half, y);
        cs.lineTo(name.centerX() - 9, y);
        cs.moveTo(name.centerX() + 9, y);
        cs.lineTo(name.centerX() + half, y);
        cs.stroke();
        plus(cs, GREEN, name.centerX(), y, 9, 2.6f);
        underline(cs, PageBox.of(design.style(FieldId.DATE), page));
        underline(cs, PageBox.of(design.style(FieldId.SIGNATURE), page));
    }

    private static void underline(PDPageContentStream cs, PageBox box) throws IOException {
        stroke(cs, RULE, 0.8f);
        cs.moveTo(box.left() + box.width() * 0.04f, box.bottom() - 3);
        cs.lineTo(box.left() + box.width() * 0.96f, box.bottom() - 3);
        cs.stroke();
    }

    /** Without a logo, the bottom centre holds a green seal with the « + ». */
    private static void seal(PDPageContentStream cs, PageBox box) throws IOException {
        float r = Math.min(box.width(), box.height()) * 0.42f;
        fill(cs, GREEN);
        circle(cs, box.centerX(), box.centerY(), r);
        cs.fill();
        stroke(cs, WHITE, 0.8f);
        circle(cs, box.centerX(), box.centerY(), r * 0.86f);
        cs.stroke();
        stroke(cs, GREEN, 0.8f);
        circle(cs, box.centerX(), box.centerY(), r + 3);
        cs.stroke();
        plus(cs, WHITE, box.centerX(), box.centerY(), r * 1.0f, r * 0.28f);
    }

    /** A « + » with rounded arm ends, centred on (x, y), of the given span and arm thickness. */
    static void plus(PDPageContentStream cs, float[] colour, float x, float y, float span, float arm)
            throws IOException {
        stroke(cs, colour, arm);
        cs.setLineCapStyle(1);
        float half = span / 2 - arm / 2;
        cs.moveTo(x - half, y);
        cs.lineTo(x + half, y);
        cs.moveTo(x, y - half);
        cs.lineTo(x, y + half);
        cs.stroke();
        cs.setLineCapStyle(0);
    }

    static void circle(PDPageContentStream cs, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(x + r, y);
        cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        cs.closePath();
    }

    static void fill(PDPageContentStream cs, float[] c) throws IOException {
        cs.setNonStrokingColor(c[0], c[1], c[2]);
    }

    static void stroke(PDPageContentStream cs, float[] c, float width) throws IOException {
        cs.setStrokingColor(c[0], c[1], c[2]);
        cs.setLineWidth(width);
    }

    static float[] darkGreen() {
        return DARK_GREEN.clone();
    }
}
