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
        CertificateFields showcase = new CertificateFields("Amélie D’Astous-Bélanger",
                "Pour ses cinq années de bénévolat à l’aide aux devoirs de l’école Saint-Jean-Baptiste.",
                java.time.LocalDate.of(2020, 2, 18), "Taschereau", "Catherine Dorion", "députée",
                Samples.signature(), null, "Nos gestes, un + pour leur réussite!", "#JPS2020",
                qc.trousse.i18n.Lang.FR);
        renderer.render(List.of(showcase), Paper.LETTER, dir.resolve("showcase.pdf"), Progress.NONE);
    }
}
