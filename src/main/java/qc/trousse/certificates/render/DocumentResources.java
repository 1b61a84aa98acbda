package qc.trousse.certificates.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What one document shares between its pages: fonts, fitters, the signature and logo images and the
 * background, each embedded once however many certificates the document holds.
 */
final class DocumentResources implements Closeable {
    private final PDDocument document;
    private final DocumentFonts fonts;
    private final Map<FontRole, TextFitter> fitters = new EnumMap<>(FontRole.class);
    private final Map<ByteBuffer, PDImageXObject> images = new HashMap<>();
    private final Map<byte[], PDImageXObject> byIdentity = new java.util.IdentityHashMap<>();
    private final Map<String, PDFormXObject> artwork = new HashMap<>();
    /** Texts fitted so far: this document's, or in a batch the worker's (the same title on every file). */
    private final Map<FitKey, FittedText> fitted;
    /** Shared with the other documents of a batch (one PDF per person), or null for a document on its own. */
    private final BatchResources batch;
    private PDDocument backgroundSource;
    private PDXObject background;

    DocumentResources(PDDocument document) {
        this(document, null);
    }

    DocumentResources(PDDocument document, BatchResources batch) {
        this.document = document;
        this.batch = batch;
        this.fonts = new DocumentFonts(document, batch);
        this.fitted = batch != null ? batch.fitted() : new HashMap<>();
    }

    PDDocument document() {
        return document;
    }

    DocumentFonts fonts() {
        return fonts;
    }

    TextFitter fitter(FontRole role) {
        return fitters.computeIfAbsent(role, r -> new TextFitter(fonts, r));
    }

    /** The text fitted to its box; the same text in the same box (title, slogan, date…) is fitted once. */
    FittedText fit(FontRole role, String text, double width, double height, float max, float min, int lines)
            throws IOException {
        FitKey key = new FitKey(role, text, width, height, max, min, lines);
        FittedText fit = fitted.get(key);
        if (fit == null) {
            if (fitted.size() > 2_000) {
                fitted.clear();
            }
            fit = fitter(role).fit(text, width, height, max, min, lines);
            fitted.put(key, fit);
        }
        return fit;
    }

    record FitKey(FontRole role, String text, double width, double height, float max, float min, int lines) {
    }

    /** The built-in design's drawing for this page size, made once as a form and shown on every page. */
    PDFormXObject artwork(PDRectangle page, CertificateDesign design, boolean hasLogo) throws IOException {
        String key = page.getWidth() + "x" + page.getHeight() + (hasLogo ? "+logo" : "");
        PDFormXObject form = artwork.get(key);
        if (form == null) {
            // An appearance stream is a form PDFBox lets a page content stream draw into.
            PDAppearanceStream drawing = new PDAppearanceStream(document);
            drawing.setBBox(new PDRectangle(page.getWidth(), page.getHeight()));
            drawing.setResources(new PDResources());
            form = drawing;
            try (PDPageContentStream cs = new PDPageContentStream(document, drawing)) {
                BuiltInArtwork.draw(cs, page, design, hasLogo);
            }
            artwork.put(key, form);
        }
        return form;
    }

    /** The image for these bytes, embedded the first time; null when the bytes are not a readable image. */
    PDImageXObject image(byte[] bytes) {
        // The same array on every page of a batch: found without hashing megabytes each time.
        if (byIdentity.containsKey(bytes)) {
            return byIdentity.get(bytes);
        }
        PDImageXObject found = imageByContent(bytes);
        byIdentity.put(bytes, found);
        return found;
    }

    private PDImageXObject imageByContent(byte[] bytes) {
        ByteBuffer key = ByteBuffer.wrap(bytes);
        if (!images.containsKey(key)) {
            PDImageXObject image;
            try {
                image = batch != null ? batch.image(bytes)
                        : PDImageXObject.createFromByteArray(document, bytes, "image");
            } catch (IOException | IllegalArgumentException e) {
                image = null; // an image PDFBox cannot read is left out of the page, as an absent one is
            }
            images.put(key, image);
        }
        return images.get(key);
    }

    /** The official certificate as an XObject: the first page of its PDF as a form, or its image. */
    PDXObject background(Background bg) throws IOException {
        if (background == null) {
            if (bg.kind() == Background.Kind.PDF) {
                backgroundSource = Loader.loadPDF(bg.raw());
                PDFormXObject form = new LayerUtility(document).importPageAsForm(backgroundSource, 0);
                ArchivableBackground.tieCmyk(document, form);
                background = form;
            } else {
                PDImageXObject image = PDImageXObject.createFromByteArray(document, bg.raw(), "background");
                ArchivableBackground.tieCmyk(document, image);
                background = image;
            }
        }
        return background;
    }

    @Override
    public void close() throws IOException {
        if (backgroundSource != null) {
            backgroundSource.close();
        }
    }
}
