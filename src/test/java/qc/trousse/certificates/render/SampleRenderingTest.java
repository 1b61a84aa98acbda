package qc.trousse.certificates.render;

import org.junit.jupiter.api.Test;
import qc.trousse.work.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders sample certificates, the showcase among them. Give -Dcertificate.samples=DIR to keep them and look at
 * them (pdftoppm -png -r 50); otherwise they go to a temporary folder.
 */
class SampleRenderingTest {
    @org.junit.jupiter.api.io.TempDir
    Path temp;

    @Test
    void writesSamples() throws Exception {
        String keep = System.getProperty("certificate.samples");
        Path dir = keep == null ? temp : Path.of(keep);
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
        var image = renderer.preview(showcase, Paper.LETTER, 20).image();
        assertThat(image.getWidth()).isGreaterThan(image.getHeight());
        // The band is green, the middle of the page white: the design was drawn.
        assertThat(image.getRGB(image.getWidth() * 6 / 100, image.getHeight() * 30 / 100) & 0xffffff).isEqualTo(0x1f7a3a);
        assertThat(image.getRGB(image.getWidth() * 6 / 10, image.getHeight() * 15 / 100) & 0xffffff)
                .isNotEqualTo(0x1f7a3a);
    }
}
