package qc.trousse.certificates.render;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What makes an office's own background fit a PDF/A-2b certificate. Certificates give their colours in sRGB;
 * a print shop's CMYK (a JPEG, or the fills of a PDF) is tied to the CMYK profile PDFBox itself draws DeviceCMYK
 * with, so the page prints and shows as before and an archive reader knows what the inks mean. What cannot be
 * mended — a font the PDF does not carry — is named so the background is refused when chosen, not after printing.
 */
final class ArchivableBackground {
    /** The CMYK profile shipped inside PDFBox, the one its renderer uses for DeviceCMYK (the preview matches). */
    private static final String CMYK_PROFILE = "/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc";

    private ArchivableBackground() {
    }

    /** A CMYK JPEG keeps its bytes, its inks now given in a named profile. */
    static void tieCmyk(PDDocument doc, PDImageXObject image) throws IOException {
        if (image.getColorSpace() instanceof PDDeviceCMYK) {
            image.setColorSpace(cmyk(doc));
        }
    }

    /** DeviceCMYK in the PDF's page (and the forms it draws) is read through the same profile (DefaultCMYK). */
    static void tieCmyk(PDDocument doc, PDFormXObject form) throws IOException {
        PDICCBased cmyk = cmyk(doc);
        visit(form.getResources(), new IdentityHashMap<>(), r -> r.put(COSName.DEFAULT_CMYK, cmyk));
    }

    /** The name of the first font the page uses without carrying it, if any. */
    static Optional<String> fontNotEmbedded(PDResources page) throws IOException {
        String[] found = new String[1];
        visit(page, new IdentityHashMap<>(), r -> {
            for (COSName name : r.getFontNames()) {
                PDFont font = r.getFont(name);
                if (found[0] == null && font != null && !font.isEmbedded()) {
                    String n = font.getName() == null ? name.getName() : font.getName();
                    found[0] = n.matches("[A-Z]{6}\\+.*") ? n.substring(7) : n;
                }
            }
        });
        return Optional.ofNullable(found[0]);
    }

    private interface ResourcesAction {
        void on(PDResources resources) throws IOException;
    }

    /** The resources and those of every form they draw, each once (a form may draw itself through another). */
    private static void visit(PDResources resources, Map<org.apache.pdfbox.cos.COSDictionary, Boolean> seen, ResourcesAction action)
            throws IOException {
        if (resources == null || seen.put(resources.getCOSObject(), Boolean.TRUE) != null || seen.size() > 10_000) {
            return;
        }
        action.on(resources);
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject inner) {
                visit(inner.getResources(), seen, action);
            }
        }
    }

    private static PDICCBased cmyk(PDDocument doc) throws IOException {
        try (InputStream icc = ArchivableBackground.class.getResourceAsStream(CMYK_PROFILE)) {
            if (icc == null) {
                throw new IOException("PDFBox's CMYK profile is missing: " + CMYK_PROFILE);
            }
            // One profile stream per document, however many images and forms point to it.
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                    icc, COSName.FLATE_DECODE);
            stream.getCOSObject().setInt(COSName.N, 4);
            stream.getCOSObject().setItem(COSName.ALTERNATE, COSName.DEVICECMYK);
            org.apache.pdfbox.cos.COSArray array = new org.apache.pdfbox.cos.COSArray();
            array.add(COSName.ICCBASED);
            array.add(stream);
            return PDICCBased.create(array, null);
        }
    }
}
