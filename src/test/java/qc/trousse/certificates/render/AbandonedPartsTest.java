package qc.trousse.certificates.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.work.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A temporary file left by a killed rendering is removed by the next one; one still being written is not. */
class AbandonedPartsTest {
    @TempDir
    Path dir;

    @Test
    void oldPartsGoFreshPartsAndOtherFilesStay() throws Exception {
        Path old = Files.writeString(dir.resolve(".certificats-123.pdf.part"), "%PDF-1.7 half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path fresh = Files.writeString(dir.resolve(".certificats-456.pdf.part"), "%PDF-1.7 being written");
        Path other = Files.writeString(dir.resolve("notes.pdf.part"), "not ours");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        new CertificateRenderer(CertificateDesign.builtIn()).render(List.of(Samples.bare("Léa", "")), Paper.LETTER,
                dir.resolve("lot.pdf"), Progress.NONE);

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
        assertThat(dir.resolve("lot.pdf")).exists();
    }
}
