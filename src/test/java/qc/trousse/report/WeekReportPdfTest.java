package qc.trousse.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.RealService;
import qc.trousse.i18n.Lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real PDFs read back with PDFBox: every section, every name letter for letter, the totals, both languages. */
public class WeekReportPdfTest {
    @TempDir
    Path dir;

    private Path write(WeekSummary summary, Lang lang, String name) throws IOException {
        Path pdf = dir.resolve(name);
        WeekReportPdf.write(summary, lang, pdf);
        return pdf;
    }

    /** The text of the PDF, after checking every font on every page is embedded. */
    public static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
            // Long names wrap inside their cell, dates hold together with no-break spaces: compare words.
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t\\r\\n\u00a0]+", " ");
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void frenchReportHasEverySectionNameAndTotal() throws IOException {
        Path pdf = write(SampleWeek.full(), Lang.FR, "bilan.pdf");
        String text = text(pdf);
        assertThat(text).contains("Bilan de la semaine", "Journées de la persévérance scolaire 2020",
                "Nos gestes, un + pour leur réussite!", "#JPS2020", "Harold LeBel, député de Rimouski",
                "Bas-Saint-Laurent", "Du lundi 17 février au vendredi 21 février 2020",
                "Gestes faits", "Publications", "Certificats de reconnaissance remis",
                "Cocktail à l’Assemblée nationale : 3 personnes attendues, 2 présentes",
                "La semaine, jour par jour", "lun. 17", "ven. 21");
        assertThat(text).contains("Kanien'kehá:ka Onkwehón:we", SampleWeek.SYLLABICS + " " + SampleWeek.EXTENDED + " Qaunnaq",
                "Maison des jeunes L’Ancrage", "Gérard D’Amours-Lévesque", "Marie-Ève Tremblay",
                "Ægir Çelik-Nguyễn", "Marc D'Amours", "École secondaire Paul-Hubert", "Mentorat des élèves",
                "Merci à Mme Lévesque", "Instagram", "jeu. 20 févr. 10 h 30 Remise du certificat", "mer. 19 févr. 12 h 00");
        assertThat(text).containsPattern("3 gestes faits").containsPattern("3\\s+publications")
                .containsPattern("3\\s+certificats remis").containsPattern("3\\s+personnes attendues au cocktail")
                .containsPattern("2\\s+personnes présentes au cocktail");
        assertThat(text).contains("page 1 de 2", "page 2 de 2");
    }

    @Test
    void englishReportSpeaksEnglish() throws IOException {
        String text = text(write(SampleWeek.full(), Lang.EN, "report.pdf"));
        assertThat(text).contains("Report on the week", "Harold LeBel, député for Rimouski",
                "From Monday, February 17 to Friday, February 21, 2020", "Gestures done", "Posts published",
                "Certificates of recognition given", "Cocktail at the National Assembly: 3 people expected, 2 present",
                "Thu., Feb. 20 10:30 a.m. Remise du certificat", "page 1 of 2", "page 2 of 2", SampleWeek.SYLLABICS + " " + SampleWeek.EXTENDED + " Qaunnaq",
                "Kanien'kehá:ka Onkwehón:we");
        assertThat(text).doesNotContain("Bilan de la semaine", "Gestes faits");
    }

    @Test
    void oneOfEachIsSaidInTheSingularInBothLanguagesAndNoneInFrenchToo() throws IOException {
        WeekSummary f = SampleWeek.full();
        WeekSummary one = new WeekSummary(f.heading(), f.office(), f.days(), f.gestures().subList(0, 1),
                f.posts().subList(0, 1), f.certificates().subList(0, 1),
                new WeekSummary.Cocktail(f.cocktail().present().subList(0, 1), List.of(),
                        new qc.trousse.cocktail.GuestCounts(1, 1, 0, 0)));
        String french = text(write(one, Lang.FR, "un.pdf"));
        assertThat(french).contains("1 geste fait", "1 publication ", "1 certificat remis",
                "1 personne attendue au cocktail", "1 personne présente au cocktail",
                "Cocktail à l’Assemblée nationale : 1 personne attendue, 1 présente");
        assertThat(french).doesNotContain("1 publications", "1 gestes", "1 certificats", "1 personnes");
        String english = text(write(one, Lang.EN, "one.pdf"));
        assertThat(english).contains("1 gesture done", "1 post published", "1 certificate given",
                "1 person expected at the cocktail", "1 person present at the cocktail");
        assertThat(english).doesNotContain("1 posts", "1 gestures", "1 certificates");
        // French says "0 publication", English "0 posts"
        assertThat(text(write(SampleWeek.empty(), Lang.FR, "zero.pdf"))).contains("0 publication ")
                .doesNotContain("0 publications");
        assertThat(text(write(SampleWeek.empty(), Lang.EN, "zero-en.pdf"))).contains("0 posts published");
    }

    @Test
    void emptySectionsSaySoPlainly() throws IOException {
        String text = text(write(SampleWeek.empty(), Lang.FR, "vide.pdf"));
        assertThat(text).contains("Aucun geste marqué fait.", "Aucune publication marquée publiée.",
                "Aucun certificat remis.", "Aucun invité confirmé ni présent.");
        String english = text(write(SampleWeek.empty(), Lang.EN, "empty.pdf"));
        assertThat(english).contains("No gesture marked done.", "No post marked published.");
    }

    @Test
    void twoHundredGesturesFlowOverSeveralPagesWithHeadingsAndNumbers() throws IOException {
        Path pdf = write(SampleWeek.many(200), Lang.FR, "long.pdf");
        int pages = pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        String text = text(pdf);
        for (int i = 1; i <= pages; i++) {
            assertThat(text).contains("page " + i + " de " + pages);
        }
        assertThat(text).contains("Gestes faits (suite)", "Geste n° 1 ", "Geste n° 200", "Personne 200",
                "200 gestes faits");
        assertThat(text).contains("Kanien'kehá:ka Onkwehón:we", "Gérard D’Amours-Lévesque");
    }

    @Test
    void fontsAreEmbeddedSubsetsOncePerDocument() throws Exception {
        Path pdf = write(SampleWeek.many(200), Lang.FR, "fonts.pdf");
        Set<String> names = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        assertThat(names).hasSize(3)
                .anySatisfy(n -> assertThat(n).contains("DejaVuSans-Bold"))
                .anySatisfy(n -> assertThat(n).contains("NotoSansCanadianAboriginal"));
        RealService.require(RealService.runs("pdffonts", "-v"), "pdffonts (poppler-utils)");
        Process p = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start();
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        listing.lines().skip(2).forEach(line -> assertThat(line).as(line).containsPattern("yes\\s+yes\\s+yes"));
    }

    @Test
    void aLetterNoFontHasStopsTheReportRatherThanPrintingABlankAndLeavesNoFile() throws IOException {
        WeekSummary f = SampleWeek.full();
        WeekSummary odd = new WeekSummary(f.heading(), f.office(), f.days(), f.gestures(), f.posts(),
                List.of(new WeekSummary.CertificateGiven("Li 漢", "Tutorat", null)), f.cocktail());
        Path pdf = dir.resolve("odd.pdf");
        assertThatThrownBy(() -> WeekReportPdf.write(odd, Lang.FR, pdf))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+6F22");
        assertThat(Files.list(dir)).isEmpty();
        Path ok = write(SampleWeek.full(), Lang.FR, "ok.pdf");
        assertThat(Files.list(dir)).containsExactly(ok);
    }
}
