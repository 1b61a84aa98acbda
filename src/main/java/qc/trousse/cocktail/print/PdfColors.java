package qc.trousse.cocktail.print;

import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/** The colours of the printed documents, shared by the cocktail's sheets and the week report. */
public final class PdfColors {
    /** The campaign's green. */
    public static final PDColor GREEN = rgb(0x1f7a3a);
    public static final PDColor INK = rgb(0x222222);
    public static final PDColor WHITE = rgb(0xffffff);

    private PdfColors() {
    }

    /** A colour written as 0xRRGGBB. */
    public static PDColor rgb(int hex) {
        return new PDColor(new float[]{(hex >> 16 & 0xff) / 255f, (hex >> 8 & 0xff) / 255f, (hex & 0xff) / 255f},
                PDDeviceRGB.INSTANCE);
    }
}
