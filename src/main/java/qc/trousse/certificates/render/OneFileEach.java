package qc.trousse.certificates.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import qc.trousse.work.Progress;
import qc.trousse.work.WholeFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One certificate PDF per person in a folder, that a rerun finishes rather than duplicates. Each file is written
 * whole and carries a mark in its document information; a file with that mark is one this batch wrote before
 * (a run killed half-way, or the same batch again), so the rerun replaces it under the same name instead of
 * writing "Name (2).pdf" beside it. A file without the mark is someone else's: never replaced, its name skipped.
 * The hidden ".part" files a killed run leaves are removed first: the folder belongs to the batch, and the data
 * file's lock keeps a second batch of the same file out. The files are made in parallel (see {@link ParallelFiles}),
 * each worker parsing the fonts and encoding the images once for all its files ({@link BatchResources}).
 */
final class OneFileEach {
    /** The custom document-information key that marks a certificate written one per person; its value is the name. */
    static final String MARK = "TrousseJPS-Certificat";
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.pdf\\.[0-9a-f]{8}\\.part",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile(" \\(\\d+\\)$");
    /**
     * Workers per core: each file waits for the disk (fsync) as long as it takes to draw, and a few waiting at
     * once are flushed together. Eight at most: past that the disk, not the processor, sets the pace.
     */
    private static final int WORKERS = Math.min(8, 4 * Runtime.getRuntime().availableProcessors());
    private final CertificateRenderer renderer;
    private final Path folder;

    OneFileEach(CertificateRenderer renderer, Path folder) {
        this.renderer = renderer;
        this.folder = folder;
    }

    RenderReport write(List<CertificateFields> certificates, Paper paper, Progress progress)
            throws IOException, Progress.CancelledException {
        WholeFile.removeLeftovers(folder, n -> LEFTOVER.matcher(n).matches(), p -> true);
        SafeFileNames names = new SafeFileNames("certificat");
        Set<String> bases = new HashSet<>();
        certificates.forEach(f -> bases.add(base(f.recipientName())));
        try (var existing = Files.list(folder)) {
            for (Path p : (Iterable<Path>) existing::iterator) {
                // Only a file this batch could name is opened to look for the mark: the others are kept as they are.
                if (!bases.contains(baseOfFile(p.getFileName().toString())) || !isOurs(p)) {
                    names.reserve(p.getFileName().toString());
                }
            }
        }
        List<Path> files = new ArrayList<>();
        for (CertificateFields f : certificates) {
            files.add(folder.resolve(names.next(f.recipientName(), ".pdf")));
        }
        BatchFonts fonts = new BatchFonts(certificates, renderer.design());
        List<List<MissingCharacter>> missing;
        try {
            missing = new ParallelFiles(WORKERS).write(certificates.size(), progress, () -> new BatchResources(fonts),
                    (batch, i) -> writeOne(batch, certificates.get(i), paper, files.get(i)));
        } finally {
            // The renames of the files written, cancelled or not, made to survive a power cut in one go.
            WholeFile.syncFolder(folder);
        }
        LinkedHashSet<MissingCharacter> all = new LinkedHashSet<>();
        missing.forEach(all::addAll);
        return new RenderReport(certificates.size(), files, List.copyOf(all));
    }

    private List<MissingCharacter> writeOne(BatchResources batch, CertificateFields f, Paper paper, Path file)
            throws IOException, Progress.CancelledException {
        List<MissingCharacter> missing = new ArrayList<>();
        try (PDDocument doc = renderer.document(List.of(f), paper, Progress.NONE, missing, batch)) {
            doc.getDocumentInformation().setCustomMetadataValue(MARK, f.recipientName());
            // The folder's leftovers were cleared once above: no listing of the folder per file.
            WholeFile.<RuntimeException>writeFresh(file, out -> batch.subsets().save(doc, out));
        }
        return missing;
    }

    private static String base(String recipientName) {
        String clean = SafeFileNames.clean(recipientName);
        return (clean.isEmpty() ? "certificat" : clean).toLowerCase(Locale.ROOT);
    }

    /** "Léa Roy (2).pdf" → "léa roy": the name SafeFileNames started from. */
    private static String baseOfFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".pdf")) {
            return "";
        }
        return NUMBERED.matcher(lower.substring(0, lower.length() - 4)).replaceFirst("");
    }

    /** A PDF this class wrote: it opens and carries the mark. Anything else, or unreadable, is not ours. */
    static boolean isOurs(Path p) {
        if (!Files.isRegularFile(p) || !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return false;
        }
        try (PDDocument doc = Loader.loadPDF(p.toFile())) {
            return doc.getDocumentInformation().getCustomMetadataValue(MARK) != null;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: not one of ours, so it is never replaced
        }
    }
}
