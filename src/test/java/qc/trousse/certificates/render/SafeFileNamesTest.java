package qc.trousse.certificates.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.work.Progress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** File names from people's names that every system accepts, and never two alike. */
class SafeFileNamesTest {
    @TempDir
    Path dir;

    @Test
    void reservedCharactersDeviceNamesAndTrailingDotsAreMadeSafe() {
        SafeFileNames names = new SafeFileNames("certificat");
        assertThat(names.next("a/b\\c:d*e?f\"g<h>i|j", ".pdf")).isEqualTo("a b c d e f g h i j.pdf");
        assertThat(names.next("CON", ".pdf")).isEqualTo("_CON.pdf");
        assertThat(names.next("lpt1", ".pdf")).isEqualTo("_lpt1.pdf");
        assertThat(names.next("Zoé L’Heureux.", ".pdf")).isEqualTo("Zoé L’Heureux.pdf");
        assertThat(names.next("   ", ".pdf")).isEqualTo("certificat.pdf");
        assertThat(names.next("ᐃᓄᒃᑎᑐᑦ", ".pdf")).isEqualTo("ᐃᓄᒃᑎᑐᑦ.pdf");
        String longOne = names.next("é".repeat(300), ".pdf");
        assertThat(longOne.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(155);
    }

    @Test
    void namesThatDifferOnlyByCaseGetNumbered() {
        SafeFileNames names = new SafeFileNames("certificat");
        assertThat(names.next("Léa Roy", ".pdf")).isEqualTo("Léa Roy.pdf");
        assertThat(names.next("LÉA ROY", ".pdf")).isEqualTo("LÉA ROY (2).pdf");
        assertThat(names.next("léa roy", ".pdf")).isEqualTo("léa roy (3).pdf");
    }

    @Test
    void oneFilePerCertificateNeverReplacesAFileAlreadyThere() throws Exception {
        Files.writeString(dir.resolve("Léa Roy.pdf"), "not ours");
        List<CertificateFields> all = List.of(Samples.bare("Léa Roy", ""), Samples.bare("Léa Roy", ""),
                Samples.bare("a/b", ""), Samples.bare(CertificatePdfTest.LONG_NAME, ""));
        RenderReport report = new CertificateRenderer(CertificateDesign.builtIn()).renderEach(all, Paper.LETTER, dir,
                Progress.NONE);
        assertThat(report.files()).extracting(p -> p.getFileName().toString())
                .startsWith("Léa Roy (2).pdf", "Léa Roy (3).pdf", "a b.pdf").doesNotHaveDuplicates();
        assertThat(Files.readString(dir.resolve("Léa Roy.pdf"))).isEqualTo("not ours");
        assertThat(report.files()).allMatch(Files::isRegularFile);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void aCancelledBatchLeavesNoFile() throws Exception {
        Path file = dir.resolve("lot.pdf");
        Progress cancelAfterTwo = new Progress() {
            long done;

            @Override
            public void update(long d, long total) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };
        List<CertificateFields> all = List.of(Samples.bare("A", ""), Samples.bare("B", ""), Samples.bare("C", ""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CertificateRenderer(CertificateDesign.builtIn())
                .render(all, Paper.LETTER, file, cancelAfterTwo)).isInstanceOf(Progress.CancelledException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
