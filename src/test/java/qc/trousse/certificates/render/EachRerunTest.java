package qc.trousse.certificates.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.work.Progress;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-PDF-per-person batch that was killed half-way leaves what a kill leaves: the finished files and the hidden
 * ".part" of the one being written. Run again, the batch finishes: one file per person under the same names, the
 * ones already there replaced, its leftovers gone, and no "Name (2).pdf" beside a finished one.
 */
class EachRerunTest {
    private static final List<String> NAMES = List.of("Zoé L’Heureux", "Jean Rousseau", "Léa Roy", "ᐃᓄᒃᑎᑐᑦ",
            "Marie-Ève Tremblay");
    private final CertificateRenderer renderer = new CertificateRenderer(CertificateDesign.builtIn());
    @TempDir
    Path dir;

    @Test
    void aRerunAfterAKillFinishesTheBatchUnderTheSameNames() throws Exception {
        Path folder = dir.resolve("certificats");
        leftByAKillAfter(3, folder);
        RenderReport report = renderer.renderEach(certificates(), Paper.LETTER, folder, Progress.NONE);
        assertThat(names(folder)).containsExactlyInAnyOrder("Zoé L’Heureux.pdf", "Jean Rousseau.pdf", "Léa Roy.pdf",
                "ᐃᓄᒃᑎᑐᑦ.pdf", "Marie-Ève Tremblay.pdf");
        assertThat(report.files()).hasSize(5);
        for (int i = 0; i < NAMES.size(); i++) {
            try (PDDocument doc = Loader.loadPDF(folder.resolve(NAMES.get(i) + ".pdf").toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(doc)).contains(NAMES.get(i));
            }
        }
    }

    @Test
    void theSameBatchRunTwiceLeavesOneFilePerPerson() throws Exception {
        Path folder = dir.resolve("deux-fois");
        renderer.renderEach(certificates(), Paper.LETTER, folder, Progress.NONE);
        renderer.renderEach(certificates(), Paper.LETTER, folder, Progress.NONE);
        assertThat(names(folder)).hasSize(5).noneMatch(n -> n.contains("(2)"));
    }

    @Test
    void twoPeopleOfTheSameNameKeepTheirTwoFilesOnARerun() throws Exception {
        Path folder = dir.resolve("homonymes");
        List<CertificateFields> twins = List.of(Samples.bare("Léa Roy", "Sciences"), Samples.bare("Léa Roy", "Arts"));
        renderer.renderEach(twins, Paper.LETTER, folder, Progress.NONE);
        renderer.renderEach(twins, Paper.LETTER, folder, Progress.NONE);
        assertThat(names(folder)).containsExactlyInAnyOrder("Léa Roy.pdf", "Léa Roy (2).pdf");
    }

    @Test
    void aFileThatIsNotOneOfTheBatchIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("partage"));
        Files.writeString(folder.resolve("Léa Roy.pdf"), "la lettre de Léa, pas un certificat");
        renderer.renderEach(certificates(), Paper.LETTER, folder, Progress.NONE);
        renderer.renderEach(certificates(), Paper.LETTER, folder, Progress.NONE);
        assertThat(Files.readString(folder.resolve("Léa Roy.pdf"))).isEqualTo("la lettre de Léa, pas un certificat");
        assertThat(names(folder)).contains("Léa Roy (2).pdf").doesNotContain("Léa Roy (3).pdf").hasSize(6);
    }

    /**
     * The folder as a kill leaves it after {@code finished} files: those files as the batch wrote them, and the
     * next one's hidden part, cut in the middle of its bytes.
     */
    private void leftByAKillAfter(int finished, Path folder) throws Exception {
        renderer.renderEach(certificates().subList(0, finished), Paper.LETTER, folder, Progress.NONE);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        renderer.render(certificates().subList(finished, finished + 1), Paper.LETTER, whole, Progress.NONE);
        byte[] half = Arrays.copyOf(whole.toByteArray(), whole.size() / 2);
        Files.write(folder.resolve("." + NAMES.get(finished) + ".pdf.5e1f00a7.part"), half);
        assertThat(names(folder)).hasSize(finished + 1);
    }

    private static List<CertificateFields> certificates() {
        return NAMES.stream().map(n -> Samples.bare(n, "")).toList();
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
