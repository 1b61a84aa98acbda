package qc.trousse.certificates.render;

import org.junit.jupiter.api.Test;
import qc.trousse.work.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes sample certificates to target/samples, to look at them. */
class SampleRenderingTest {
    @Test
    void writesSamples() throws Exception {
        Path dir = Path.of("target/samples");
        Files.createDirectories(dir);
        CertificateRenderer renderer = new CertificateRenderer(CertificateDesign.builtIn());
        RenderReport r = renderer.render(List.of(
                Samples.fields("Kanien'kehá:ka Onkwehón:we Tékaronhiáhkhwa", "Pour son engagement exemplaire auprès des élèves de l’école secondaire Jeanne-Mance, qui ont tous persévéré 😀."),
                Samples.bare("ᐃᓄᒃᑎᑐᑦ Nguyễn Thị Minh Khai Ελένη", "Pour ses dix années de bénévolat à l’aide aux devoirs."),
                Samples.fields("Centre communautaire de loisirs et de persévérance scolaire Sainte-Geneviève-de-Berthier et des environs immédiats", "")),
                Paper.LETTER, dir.resolve("sample.pdf"), Progress.NONE);
        assertThat(r.pages()).isEqualTo(3);
    }
}
