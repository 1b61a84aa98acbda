package qc.trousse.certificates.render;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.List;

/** Draws one certificate on a new page of the document: the design underneath, then every visible field. */
final class CertificatePainter {
    private final CertificateDesign design;

    /** The fields in the order they are drawn, see {@link #drawingOrder}. */
    private final List<FieldId> order;

    CertificatePainter(CertificateDesign design) {
        this.design = design;
        this.order = drawingOrder(design);
    }

    /**
     * Images first, then the texts colour by colour (in the order each colour first appears), so a page sets
     * each colour once rather than at every change between fields: a thousand pages are that much smaller.
     * Fields of a design do not overlap; should two texts of different colours overlap, the one on top may change.
     */
    static List<FieldId> drawingOrder(CertificateDesign design) {
        List<FieldId> images = java.util.Arrays.stream(FieldId.values()).filter(FieldId::isImage).toList();
        java.util.Map<Integer, List<FieldId>> byColour = new java.util.LinkedHashMap<>();
        for (FieldId id : FieldId.values()) {
            if (!id.isImage()) {
                byColour.computeIfAbsent(design.style(id).color(), c -> new java.util.ArrayList<>()).add(id);
            }
        }
        List<FieldId> all = new java.util.ArrayList<>(images);
        byColour.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    void paint(DocumentResources res, Paper paper, CertificateFields f, List<MissingCharacter> missing)
            throws IOException {
        PDRectangle box = paper.landscape();
        PDPage page = new PDPage(box);
        res.document().addPage(page);
        // The colour the page's text is in so far, so that a colour is written only when it changes. Kept per
        // page, not in the painter: a batch paints several pages at once on different threads.
        int pageColor = -1;
        try (PDPageContentStream cs = new PDPageContentStream(res.document(), page)) {
            if (design.background() != null) {
                background(cs, res.background(design.background()), box);
            } else {
                cs.drawForm(res.artwork(box, design, f.logo() != null && res.image(f.logo()) != null));
            }
            for (FieldId id : order) {
                FieldStyle style = design.style(id);
                if (!style.visible()) {
                    continue;
                }
                PageBox at = PageBox.of(style, box);
                if (id.isImage()) {
                    byte[] bytes = id == FieldId.LOGO ? f.logo() : f.signature();
                    PDImageXObject image = bytes == null ? null : res.image(bytes);
                    if (image != null) {
                        image(cs, image, at, id == FieldId.SIGNATURE);
                    }
                } else {
                    pageColor = text(cs, res, id, style, at, f, missing, pageColor);
                }
            }
        }
    }

    /** Draws the field's text; returns the page's text colour after it. */
    private int text(PDPageContentStream cs, DocumentResources res, FieldId id, FieldStyle style, PageBox at,
                     CertificateFields f, List<MissingCharacter> missing, int pageColor) throws IOException {
        String text = FieldTexts.text(id, f);
        if (text.isBlank()) {
            return pageColor;
        }
        FittedText fitted = res.fit(style.font(), text, at.width(), at.height(), style.size(), style.minSize(id),
                id.maxLines());
        for (int cp : fitted.missing()) {
            missing.add(new MissingCharacter(f.recipientName(), id, cp));
        }
        int c = style.color();
        if (c != pageColor) {
            cs.setNonStrokingColor(channel(c >> 16), channel(c >> 8), channel(c));
        }
        float lineHeight = (float) (fitted.size() * fitted.leading());
        float top = at.top() - (at.height() - lineHeight * fitted.lines().size()) / 2;
        for (int i = 0; i < fitted.lines().size(); i++) {
            float width = fitted.widths().get(i).floatValue();
            float x = switch (style.align()) {
                case LEFT -> at.left();
                case CENTER -> at.left() + (at.width() - width) / 2;
                case RIGHT -> at.left() + at.width() - width;
            };
            float baseline = top - lineHeight * i - fitted.size() * 0.93f;
            cs.beginText();
            cs.newLineAtOffset(quarters(x), quarters(baseline));
            for (TextRun run : fitted.lines().get(i)) {
                res.fonts().show(cs, run, fitted.size());
            }
            cs.endText();
        }
        return c;
    }

    /**
     * A quarter of a point (0.09 mm) is below what prints, and a quarter is exact in binary, so the number is
     * written "246.25" rather than "246.53999" (a hundredth is not exact as a float): a smaller page.
     */
    static float quarters(float v) {
        return Math.round(v * 4) / 4f;
    }

    /** A colour channel to three decimals, as precise as 8 bits need. */
    private static float channel(int v) {
        return Math.round((v & 0xff) / 255f * 1000) / 1000f;
    }

    /** An image scaled to fit its box, never stretched; a signature sits on its line. */
    private static void image(PDPageContentStream cs, PDImageXObject image, PageBox at, boolean onLine)
            throws IOException {
        float scale = Math.min(at.width() / image.getWidth(), at.height() / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        float y = onLine ? at.bottom() : at.centerY() - h / 2;
        cs.drawImage(image, quarters(at.centerX() - w / 2), quarters(y), quarters(w), quarters(h));
    }

    private static void background(PDPageContentStream cs, PDXObject bg, PDRectangle page) throws IOException {
        // Scaled to cover the page's width or height, never stretched out of proportion, and centred.
        if (bg instanceof PDImageXObject image) {
            float s = Math.min(page.getWidth() / image.getWidth(), page.getHeight() / image.getHeight());
            float w = image.getWidth() * s;
            float h = image.getHeight() * s;
            cs.drawImage(image, (page.getWidth() - w) / 2, (page.getHeight() - h) / 2, w, h);
            return;
        }
        PDFormXObject form = (PDFormXObject) bg;
        PDRectangle b = form.getBBox();
        float s = Math.min(page.getWidth() / b.getWidth(), page.getHeight() / b.getHeight());
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance((page.getWidth() - b.getWidth() * s) / 2,
                (page.getHeight() - b.getHeight() * s) / 2));
        cs.transform(Matrix.getScaleInstance(s, s));
        cs.transform(Matrix.getTranslateInstance(-b.getLowerLeftX(), -b.getLowerLeftY()));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }
}
