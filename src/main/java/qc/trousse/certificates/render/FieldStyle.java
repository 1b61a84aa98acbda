package qc.trousse.certificates.render;

/**
 * Where and how one field is set: its box in fractions of the page (from the top-left corner, so a layout
 * fits Letter and A4 alike), its largest size in points, colour (0xRRGGBB), alignment, face and visibility.
 */
public record FieldStyle(double x, double y, double width, double height, float size, int color, Align align,
                         FontRole font, boolean visible) {

    public FieldStyle {
        x = clamp(x, 0, 1);
        y = clamp(y, 0, 1);
        width = clamp(width, 0.01, 1 - x);
        height = clamp(height, 0.01, 1 - y);
        size = (float) clamp(size, 4, 200);
    }

    public FieldStyle movedTo(double newX, double newY) {
        return new FieldStyle(clamp(newX, 0, 1 - width), clamp(newY, 0, 1 - height), width, height, size, color,
                align, font, visible);
    }

    public FieldStyle withSize(float newSize) {
        return new FieldStyle(x, y, width, height, newSize, color, align, font, visible);
    }

    public FieldStyle withColor(int newColor) {
        return new FieldStyle(x, y, width, height, size, newColor, align, font, visible);
    }

    public FieldStyle withAlign(Align newAlign) {
        return new FieldStyle(x, y, width, height, size, color, newAlign, font, visible);
    }

    public FieldStyle withFont(FontRole newFont) {
        return new FieldStyle(x, y, width, height, size, color, align, newFont, visible);
    }

    public FieldStyle withVisible(boolean show) {
        return new FieldStyle(x, y, width, height, size, color, align, font, show);
    }

    /** The smallest size a one-line fit may shrink to before the text wraps. */
    float minSize(FieldId id) {
        return Math.max(6f, size * id.shrinkBeforeWrap());
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
