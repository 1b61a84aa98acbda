package qc.trousse.certificates.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.trousse.certificates.render.CertificateDesign;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.Paper;
import qc.trousse.certificates.render.Samples;
import qc.trousse.work.Progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Prints through the app's printing code to the real CUPS queue and checks what came out of it. */
class CupsPrintingTest {
    private final CertificatePrinter printer = new CertificatePrinter();
    private final CertificateRenderer renderer = new CertificateRenderer(CertificateDesign.builtIn());

    @BeforeEach
    void queue() {
        CupsQueue.require();
    }

    @Test
    void aBatchOfThreePrintsThreeLetterLandscapePagesThatLookLikeTheDocumentSent() throws Exception {
        List<CertificateFields> batch = List.of(
                Samples.fields("Amélie D’Astous-Bélanger", "Pour son aide aux devoirs."),
                Samples.fields("ᐃᓄᒃᑎᑐᑦ Qullialuk", "Pour son soutien aux élèves du Nunavik."),
                Samples.bare("Kanien'kehá:ka Tékaronhiáhkhwa", ""));
        String token = "trousse-batch-" + System.nanoTime();
        List<qc.trousse.certificates.render.MissingCharacter> missing = new ArrayList<>();
        try (PDDocument sent = renderer.document(batch, Paper.LETTER, Progress.NONE, missing)) {
            PrintOutcome outcome = printer.print(sent, new PrintRequest(CupsQueue.NAME, Paper.LETTER, 1, token));
            assertThat(outcome.accepted()).as(outcome.message()).isTrue();
            assertThat(outcome.pages()).isEqualTo(3);

            try (PDDocument printed = CupsQueue.awaitOutput(token, Duration.ofSeconds(90))) {
                assertThat(printed.getNumberOfPages()).isEqualTo(3);
                for (int i = 0; i < 3; i++) {
                    PDRectangle box = printed.getPage(i).getMediaBox();
                    float longSide = Math.max(box.getWidth(), box.getHeight());
                    float shortSide = Math.min(box.getWidth(), box.getHeight());
                    assertThat(longSide).isCloseTo(792f, org.assertj.core.data.Offset.offset(2f));
                    assertThat(shortSide).isCloseTo(612f, org.assertj.core.data.Offset.offset(2f));
                    assertThat(PagesCompare.ink(printed, i)).as("page %d has ink", i + 1).isGreaterThan(10);
                    assertThat(PagesCompare.difference(sent, i, printed, i)).as("page %d like the one sent", i + 1)
                            .isLessThan(12);
                }
                // Each page is its own certificate: page 1 must not match page 2 as well as it matches itself.
                assertThat(PagesCompare.difference(sent, 0, printed, 0))
                        .isLessThan(PagesCompare.difference(sent, 1, printed, 0));
            }
        }
    }

    @Test
    void aPrinterThatDoesNotExistIsAClearRefusalAndNothingIsAccepted() throws Exception {
        PrintOutcome outcome = printer.print(renderer, List.of(Samples.bare("Léa", "")),
                new PrintRequest("Imprimante-Fantôme", Paper.LETTER, 1), Progress.NONE);
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.message()).contains("Imprimante-Fantôme").contains(CupsQueue.NAME);
    }

    @Test
    void theTestPagePrints() throws Exception {
        String token = "trousse-test-" + System.nanoTime();
        PrintOutcome outcome = printer.testPage(renderer, Samples.fields("x", ""),
                new PrintRequest(CupsQueue.NAME, Paper.A4, 1, token));
        assertThat(outcome.accepted()).as(outcome.message()).isTrue();
        try (PDDocument printed = CupsQueue.awaitOutput(token, Duration.ofSeconds(90))) {
            PDRectangle box = printed.getPage(0).getMediaBox();
            assertThat(Math.max(box.getWidth(), box.getHeight())).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
        }
    }
}
