package qc.trousse.certificates.render;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A field's box in PDF points (origin bottom-left), from its fractions of the page (origin top-left). */
record PageBox(float left, float bottom, float width, float height) {
    static PageBox of(FieldStyle s, PDRectangle page) {
        float w = page.getWidth();
        float h = page.getHeight();
        return new PageBox((float) (s.x() * w), (float) (h - (s.y() + s.height()) * h), (float) (s.width() * w),
                (float) (s.height() * h));
    }

    float top() {
        return bottom + height;
    }

    float centerX() {
        return left + width / 2;
    }

    float centerY() {
        return bottom + height / 2;
    }
}
