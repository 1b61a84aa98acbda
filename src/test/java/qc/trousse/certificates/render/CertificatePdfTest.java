package qc.trousse.certificates.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.Lang;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real PDFs read back with PDFBox: every name is there, letter for letter, and every font is embedded. */
class CertificatePdfTest {
    static final String LONG_NAME = longName();
    static final List<String> NAMES = List.of(
            "Amélie D’Astous-Bélanger",
            "Kanien'kehá:ka Tékaronhiáhkhwa",
            "Shanipiap Mestokosho-Pinette de Unamen Shipu",
            "ᐃᓄᒃᑎᑐᑦ ᓄᓇᕕᒃ Qullialuk",
            "Nguyễn Thị Minh Khai",
            "Ελένη Παπαδοπούλου",
            "Œuvre des Œufs de Pâques — Ça bouge à Saint-Élzéar",
            LONG_NAME);

    @TempDir
    Path dir;

    @Test
    void textExtractionFindsEveryNameExactlyOnItsOwnPage() throws Exception {
        Path file = dir.resolve("lot.pdf");
        List<CertificateFields> all = NAMES.stream().map(n -> Samples.fields(n, "Pour son engagement.")).toList();
        RenderReport report = new CertificateRenderer(CertificateDesign.builtIn()).render(all, Paper.LETTER, file,
                Progress.NONE);
        assertThat(report.pages()).isEqualTo(NAMES.size());
        assertThat(report.missing()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(NAMES.size());
            for (int i = 0; i < NAMES.size(); i++) {
                String text = pageText(doc, i);
                assertThat(text).as("page %d", i + 1).contains(NAMES.get(i));
                assertThat(text).contains("Certificat de reconnaissance de la persévérance scolaire")
                        .contains("Nos gestes, un + pour leur réussite!").contains("#JPS2020")
                        .contains("Le 18 février 2020").contains("Circonscription d’Anjou–Louis-Riel")
                        .contains("Marie-Ève Tremblay-Gagnon").contains("Députée d’Anjou–Louis-Riel")
                        .doesNotContain("?");
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndLoadedOncePerDocument() throws Exception {
        Path file = dir.resolve("fonts.pdf");
        List<CertificateFields> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(Samples.fields(NAMES.get(i % NAMES.size()), "Motif " + i));
        }
        new CertificateRenderer(CertificateDesign.builtIn()).render(all, Paper.A4, file, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            List<String> fontNames = new ArrayList<>();
            java.util.Set<Object> fontObjects = new java.util.HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.*"); // a subset
                    fontNames.add(font.getName());
                    fontObjects.add(page.getResources().getCOSObject().getCOSDictionary(COSName.FONT)
                            .getItem(name));
                }
            }
            // Shared by all pages: as many font objects as distinct faces, not one per page.
            assertThat(fontObjects).hasSize((int) fontNames.stream().distinct().count());
            assertThat(fontNames.stream().distinct()).anyMatch(n -> n.contains("NotoSansCanadianAboriginal"));
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(841.89f,
                    org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void anEmojiNoFontHasIsReportedAndLeftOutWithoutAQuestionMark() throws Exception {
        CertificateFields f = Samples.fields("Zoé L’Heureux", "Bravo 🥳 pour ta persévérance!");
        CertificateRenderer renderer = new CertificateRenderer(CertificateDesign.builtIn());
        assertThat(renderer.check(List.of(f))).containsExactly(new MissingCharacter("Zoé L’Heureux",
                FieldId.REASON, 0x1F973));
        Path file = dir.resolve("emoji.pdf");
        RenderReport report = renderer.render(List.of(f), Paper.LETTER, file, Progress.NONE);
        assertThat(report.missing()).extracting(MissingCharacter::code).containsExactly("U+1F973");
        assertThat(MissingCharacters.describe(report.missing()).get(0)).contains("Zoé L’Heureux").contains("🥳");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = pageText(doc, 0);
            assertThat(text).contains("Bravo pour ta persévérance!").contains("Zoé L’Heureux")
                    .doesNotContain("?").doesNotContain("\uFFFD");
        }
    }

    @Test
    void englishCertificatesHaveTheEnglishTitle() throws Exception {
        CertificateFields f = new CertificateFields("Liam O’Connor", "", java.time.LocalDate.of(2020, 2, 1),
                "Westmount–Saint-Louis", "Jennifer Maccarone", "Member of the National Assembly", null, null,
                "Our gestures, a + for their success!", "#JPS2020", Lang.EN);
        Path file = dir.resolve("en.pdf");
        new CertificateRenderer(CertificateDesign.builtIn()).render(List.of(f), Paper.LETTER, file, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(pageText(doc, 0)).contains("Certificate of Recognition for School Perseverance")
                    .contains("PRESENTED TO").contains("February 1, 2020").contains("Riding of Westmount–Saint-Louis");
        }
    }

    static String pageText(PDDocument doc, int index) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    private static String longName() {
        StringBuilder b = new StringBuilder();
        String[] words = {"Association", "régionale", "des", "parents", "bénévoles", "pour", "l’aide", "aux",
                "devoirs", "et", "la", "persévérance", "scolaire", "du", "Saguenay–Lac-Saint-Jean"};
        for (int i = 0; b.length() < 300; i++) {
            b.append(words[i % words.length]).append(' ');
        }
        return b.substring(0, 300).strip();
    }
}
