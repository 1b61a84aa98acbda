package qc.trousse.certificates.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.pdf.PdfMetadata;
import qc.trousse.work.OutputTarget;
import qc.trousse.work.Progress;
import qc.trousse.work.WholeFile;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Makes certificate PDFs: one document with a page per certificate, one file per certificate, a document to
 * print, or a preview image. The preview is the PDF page itself rendered to pixels: what you see is what prints.
 */
public final class CertificateRenderer {
    /** Past this many pages, page streams wait in a temporary file rather than in memory. */
    private static final int IN_MEMORY_PAGES = 50;
    /** The temporary files of earlier versions, removed when abandoned. */
    private static final String TEMP_PREFIX = ".certificats-";
    private static final String TEMP_SUFFIX = ".pdf.part";
    /** A temporary file this old was left by a process that was killed: no rendering takes that long. */
    private static final java.time.Duration ABANDONED = java.time.Duration.ofHours(1);
    private final CertificateDesign design;
    private final CertificatePainter painter;
    /** Null until asked: the font the stored background uses without carrying it (read once per renderer). */
    private volatile Optional<String> fontNotCarried;

    public CertificateRenderer(CertificateDesign design) {
        this.design = design;
        this.painter = new CertificatePainter(design);
    }

    public CertificateDesign design() {
        return design;
    }

    /** The characters no shipped font has, per recipient and field: to show before anything is printed. */
    public List<MissingCharacter> check(List<CertificateFields> certificates) {
        LinkedHashSet<MissingCharacter> found = new LinkedHashSet<>();
        for (CertificateFields f : certificates) {
            for (FieldId id : FieldId.values()) {
                FieldStyle style = design.style(id);
                if (style.visible() && !id.isImage()) {
                    for (int cp : Shaping.shape(FieldTexts.text(id, f), style.font()).missing()) {
                        found.add(new MissingCharacter(f.recipientName(), id, cp));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** One PDF, a page per certificate, written to the stream. */
    public RenderReport render(List<CertificateFields> certificates, Paper paper, OutputStream out, Progress progress)
            throws IOException, Progress.CancelledException {
        List<MissingCharacter> missing = new ArrayList<>();
        try (PDDocument doc = document(certificates, paper, progress, missing)) {
            doc.save(out);
        }
        return new RenderReport(certificates.size(), List.of(), distinct(missing));
    }

    /** One PDF at the path, written whole or not at all (a cancelled run leaves no file behind). */
    public RenderReport render(List<CertificateFields> certificates, Paper paper, Path file, Progress progress)
            throws IOException, Progress.CancelledException {
        Path target = OutputTarget.checkFile(file);
        removeAbandoned(target.getParent());
        RenderReport[] report = new RenderReport[1];
        WholeFile.<Progress.CancelledException>write(target,
                out -> report[0] = render(certificates, paper, out, progress));
        return new RenderReport(report[0].pages(), List.of(target), report[0].missing());
    }

    /**
     * One PDF per certificate in the folder, named after the recipient. A file already there is never replaced
     * unless it is a certificate this batch wrote before (a rerun after a kill, or of the same batch).
     */
    public RenderReport renderEach(List<CertificateFields> certificates, Paper paper, Path dir, Progress progress)
            throws IOException, Progress.CancelledException {
        Path folder = OutputTarget.prepareFolder(dir);
        removeAbandoned(folder);
        return new OneFileEach(this, folder).write(certificates, paper, progress);
    }

    /** The document itself, for printing; the caller closes it. Missing characters are added to the list. */
    public PDDocument document(List<CertificateFields> certificates, Paper paper, Progress progress,
                               List<MissingCharacter> missing) throws IOException, Progress.CancelledException {
        return document(certificates, paper, progress, missing, null);
    }

    /** The document, its fonts and images taken from what the batch shares when there is one. */
    PDDocument document(List<CertificateFields> certificates, Paper paper, Progress progress,
                        List<MissingCharacter> missing, BatchResources batch)
            throws IOException, Progress.CancelledException {
        PDDocument doc = certificates.size() > IN_MEMORY_PAGES
                ? new PDDocument(IOUtils.createTempFileOnlyStreamCache()) : new PDDocument();
        try (DocumentResources res = new DocumentResources(doc, batch)) {
            for (int i = 0; i < certificates.size(); i++) {
                progress.throwIfCancelled();
                painter.paint(res, paper, certificates.get(i), missing);
                progress.update(i + 1, certificates.size());
            }
            metadata(certificates).applyTo(doc);
            return doc;
        } catch (IOException | RuntimeException | Progress.CancelledException e) {
            doc.close();
            throw e;
        }
    }

    /**
     * An office files its certificates: PDF/A-2b, in the certificates' language, named after who they honour. A
     * background stored before backgrounds were checked may use a font it does not carry: those pages are not
     * declared PDF/A, since they are not (the person was told before writing, see {@link #archiveWarning()}).
     */
    private PdfMetadata metadata(List<CertificateFields> certificates) {
        CertificateFields first = certificates.isEmpty() ? null : certificates.get(0);
        Lang lang = first == null ? I18n.language() : first.language();
        String name = first == null ? "" : first.recipientName();
        PdfMetadata meta = PdfMetadata.of(I18n.count(lang, "pdf.certificates.title", certificates.size(), name),
                PdfMetadata.office(first == null ? "" : first.mnaName(), lang),
                I18n.in(lang, "pdf.certificates.subject"), lang);
        return archiveWarning().isEmpty() ? meta.archival() : meta;
    }

    /** One sentence when the stored background keeps these certificates from being archivable, else nothing. */
    public Optional<String> archiveWarning() {
        if (fontNotCarried == null) {
            fontNotCarried = design.background() == null ? Optional.empty()
                    : Backgrounds.fontNotEmbedded(design.background());
        }
        return fontNotCarried.map(f -> I18n.tr("certificates.backgroundNotArchivable", f));
    }

    /**
     * The certificate as pixels, from the very bytes that would be written. A document not yet saved has its
     * fonts not yet subset and embedded, and the renderer would then substitute whatever system font the PC has.
     */
    public Preview preview(CertificateFields f, Paper paper, float dpi) throws IOException {
        List<MissingCharacter> missing = new ArrayList<>();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (PDDocument doc = document(List.of(f), paper, Progress.NONE, missing)) {
            doc.save(bytes);
        } catch (Progress.CancelledException e) {
            throw new IllegalStateException(e);
        }
        try (PDDocument written = Loader.loadPDF(bytes.toByteArray())) {
            BufferedImage image = new PDFRenderer(written).renderImageWithDPI(0, dpi, ImageType.RGB);
            return new Preview(image, distinct(missing), new org.apache.pdfbox.text.PDFTextStripper().getText(written));
        }
    }

    /** A rendered page and what it had to leave out. */
    /** The page as shown, the characters no font could draw, and the page's text as a reader would copy it. */
    public record Preview(BufferedImage image, List<MissingCharacter> missing, String text) {
    }

    /**
     * Deletes the temporary files of renderings killed mid-way (power cut, task manager), so they do not pile up
     * in the office's folder; on Windows a leading dot does not hide them.
     */
    static void removeAbandoned(Path dir) {
        java.time.Instant before = java.time.Instant.now().minus(ABANDONED);
        try (var files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)
                            && p.getFileName().toString().endsWith(TEMP_SUFFIX))
                    .forEach(p -> {
                        try {
                            if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                                Files.deleteIfExists(p);
                            }
                        } catch (IOException ignored) {
                            // another process's file, or already gone: it is not ours to insist on
                        }
                    });
        } catch (IOException ignored) {
            // an unlistable folder fails on the write that follows, with a message naming it
        }
    }

    private static List<MissingCharacter> distinct(List<MissingCharacter> all) {
        return List.copyOf(new LinkedHashSet<>(all));
    }
}
