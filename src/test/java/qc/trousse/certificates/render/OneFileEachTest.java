package qc.trousse.certificates.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.work.Progress;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One PDF per person, made on several threads from fonts parsed and images encoded once per worker: each file
 * is exactly the page the single PDF has for that person, and a cancelled batch leaves only whole files.
 */
class OneFileEachTest {
    private final CertificateRenderer renderer = new CertificateRenderer(CertificateDesign.builtIn());
    @TempDir
    Path dir;

    @Test
    void eachFileShowsWhatTheSinglePdfShowsOnThatPersonsPage() throws Exception {
        List<CertificateFields> people = people(7);
        Path folder = dir.resolve("un-par-personne");
        RenderReport report = renderer.renderEach(people, Paper.LETTER, folder, Progress.NONE);
        Path single = dir.resolve("tous.pdf");
        renderer.render(people, Paper.LETTER, single, Progress.NONE);
        assertThat(report.files()).hasSize(7);
        try (PDDocument all = Loader.loadPDF(single.toFile())) {
            for (int i = 0; i < people.size(); i++) {
                try (PDDocument one = Loader.loadPDF(report.files().get(i).toFile())) {
                    assertThat(one.getNumberOfPages()).isEqualTo(1);
                    assertThat(pixels(one, 0)).as(report.files().get(i).toString()).isEqualTo(pixels(all, i));
                }
            }
        }
    }

    @Test
    void aCancelledBatchLeavesOnlyWholeFilesAndARerunFinishesIt() throws Exception {
        List<CertificateFields> people = people(40);
        Path folder = dir.resolve("annule");
        AtomicLong done = new AtomicLong();
        Progress cancelAfterFive = new Progress() {
            @Override
            public void update(long d, long total) {
                done.set(d);
            }

            @Override
            public boolean isCancelled() {
                return done.get() >= 5;
            }
        };
        assertThatThrownBy(() -> renderer.renderEach(people, Paper.LETTER, folder, cancelAfterFive))
                .isInstanceOf(Progress.CancelledException.class);
        List<Path> left = files(folder);
        assertThat(left).hasSizeBetween(5, 39).allMatch(p -> p.toString().endsWith(".pdf"));
        for (Path p : left) {
            try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
            }
        }
        renderer.renderEach(people, Paper.LETTER, folder, Progress.NONE);
        assertThat(files(folder)).hasSize(40).noneMatch(p -> p.getFileName().toString().contains("("));
    }

    /** People as an office has them: the same signature and logo on every certificate. */
    private static List<CertificateFields> people(int count) {
        CertificateFields model = Samples.fields("", "");
        return IntStream.rangeClosed(1, count).mapToObj(i -> new CertificateFields("Élève n° " + i + " Côté",
                "Pour sa persévérance (" + i + ")", model.date(), model.ridingName(), model.mnaName(), model.mnaTitle(),
                model.signature(), model.logo(), model.slogan(), model.hashtag(), model.language())).toList();
    }

    private static int[] pixels(PDDocument doc, int page) throws Exception {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 36, ImageType.RGB);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static List<Path> files(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
