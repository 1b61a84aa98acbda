package qc.trousse.certificates.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A name of any length stays inside its box: it shrinks, then wraps to two lines, never overflows. */
class TextFittingTest {
    private static final FieldStyle NAME = CertificateDesign.builtIn().style(FieldId.NAME);
    private static final double W = NAME.width() * Paper.LETTER.widthPoints();
    private static final double H = NAME.height() * Paper.LETTER.heightPoints();

    @Test
    void aShortNameKeepsTheFullSizeOnOneLine() throws Exception {
        FittedText fit = fit("Léa Roy");
        assertThat(fit.size()).isEqualTo(NAME.size());
        assertThat(fit.lines()).hasSize(1);
    }

    @Test
    void aLongerNameShrinksBeforeItWraps() throws Exception {
        FittedText fit = fit("Marie-Ève Tremblay-Gagnon-Bouchard");
        assertThat(fit.lines()).hasSize(1);
        assertThat(fit.size()).isLessThan(NAME.size()).isGreaterThanOrEqualTo(NAME.minSize(FieldId.NAME));
    }

    @Test
    void aVeryLongNameWrapsToTwoLines() throws Exception {
        FittedText fit = fit("Centre communautaire de loisirs et de persévérance scolaire Sainte-Geneviève-de-Berthier");
        assertThat(fit.lines()).hasSize(2);
    }

    @Test
    void noLengthEverOverflowsTheBox() throws Exception {
        StringBuilder name = new StringBuilder();
        for (int n = 1; n <= 400; n++) {
            name.append(n % 9 == 0 ? ' ' : (char) ('a' + n % 26));
            if (n % 7 != 0) {
                continue;
            }
            assertFits(fit(name.toString()));
        }
        assertFits(fit(CertificatePdfTest.LONG_NAME));
        assertFits(fit("W".repeat(300)));
        assertFits(fit("ᐃᓄᒃᑎᑐᑦ ".repeat(40)));
    }

    private static void assertFits(FittedText fit) {
        assertThat(fit.widest()).isLessThanOrEqualTo(W + 0.01);
        assertThat(fit.height()).isLessThanOrEqualTo(H + 0.01);
        assertThat(fit.lines()).isNotEmpty();
    }

    private static FittedText fit(String name) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            TextFitter fitter = new TextFitter(new DocumentFonts(doc), FontRole.NAME);
            return fitter.fit(name, W, H, NAME.size(), NAME.minSize(FieldId.NAME), FieldId.NAME.maxLines());
        }
    }
}
