package qc.trousse.certificates.render;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;

/**
 * The campaign's green-and-white ribbon, a looped awareness ribbon drawn as two crossing strands: the green one
 * passes under, the white one (outlined in green) over, as the pin is worn.
 */
final class Ribbon {
    private Ribbon() {
    }

    /** Draws the ribbon centred on (x, y); size is half its height. */
    static void draw(PDPageContentStream cs, float x, float y, float size) throws IOException {
        float band = size * 0.26f;
        // Green strand: left tail up to the crossing, then up the right side of the loop to its top.
        strand(cs, x, y, size, band, BuiltInArtwork.darkGreen(), band + 3f, true);
        strand(cs, x, y, size, band, BuiltInArtwork.GREEN, band, true);
        // White strand: from the top down the left side, over the crossing, to the right tail.
        strand(cs, x, y, size, band, BuiltInArtwork.GREEN, band + 3f, false);
        strand(cs, x, y, size, band, new float[]{1, 1, 1}, band, false);
    }

    private static void strand(PDPageContentStream cs, float x, float y, float s, float band, float[] colour,
                               float width, boolean under) throws IOException {
        BuiltInArtwork.stroke(cs, colour, width);
        cs.setLineCapStyle(0);
        cs.setLineJoinStyle(1);
        if (under) {
            cs.moveTo(x - 0.50f * s, y - 0.98f * s);
            cs.lineTo(x + 0.02f * s, y - 0.16f * s);
            cs.curveTo(x + 0.30f * s, y + 0.26f * s, x + 0.52f * s, y + 0.60f * s, x + 0.40f * s, y + 0.86f * s);
            cs.curveTo(x + 0.30f * s, y + 1.08f * s, x - 0.30f * s, y + 1.08f * s, x - 0.40f * s, y + 0.86f * s);
        } else {
            cs.moveTo(x - 0.40f * s, y + 0.86f * s);
            cs.curveTo(x - 0.52f * s, y + 0.60f * s, x - 0.30f * s, y + 0.26f * s, x - 0.02f * s, y - 0.16f * s);
            cs.lineTo(x + 0.50f * s, y - 0.98f * s);
        }
        cs.stroke();
    }
}
