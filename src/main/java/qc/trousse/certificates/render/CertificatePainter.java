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
    /** The fill colour last set on the page being drawn, so fields of one colour set it once. */
    private int pageColor;

    CertificatePainter(CertificateDesign design) {
        this.design = design;
    }

    void paint(DocumentResources res, Paper paper, CertificateFields f, List<MissingCharacter> missing)
            throws IOException {
        PDRectangle box = paper.landscape();
        PDPage page = new PDPage(box);
        res.document().addPage(page);
        pageColor = -1;
        try (PDPageContentStream cs = new PDPageContentStream(res.document(), page)) {
            if (design.background() != null) {
                background(cs, res.background(design.background()), box);
            } else {
                cs.drawForm(res.artwork(box, design, f.logo() != null && res.image(f.logo()) != null));
            }
            for (FieldId id : FieldId.values()) {
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
                    text(cs, res, id, style, at, f, missing);
                }
            }
        }
    }

    private void text(PDPageContentStream cs, DocumentResources res, FieldId id, FieldStyle style, PageBox at,
                      CertificateFields f, List<MissingCharacter> missing) throws IOException {
        String text = FieldTexts.text(id, f);
        if (text.isBlank()) {
            return;
        }
        FittedText fitted = res.fit(style.font(), text, at.width(), at.height(), style.size(), style.minSize(id),
                id.maxLines());
        for (int cp : fitted.missing()) {
            missing.add(new MissingCharacter(f.recipientName(), id, cp));
        }
        int c = style.color();
        if (c != pageColor) {
            cs.setNonStrokingColor(channel(c >> 16), channel(c >> 8), channel(c));
            pageColor = c;
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
            // A hundredth of a point is far below what prints; shorter numbers make smaller files.
            cs.newLineAtOffset(hundredths(x), hundredths(baseline));
            for (TextRun run : fitted.lines().get(i)) {
                cs.setFont(res.fonts().font(run.fontFile()), fitted.size());
                cs.showText(run.text());
            }
            cs.endText();
        }
    }

    private static float hundredths(float v) {
        return Math.round(v * 100) / 100f;
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
        cs.drawImage(image, at.centerX() - w / 2, y, w, h);
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
