package qc.trousse.posts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.session.Session;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostsExportTest {
    @TempDir
    Path dir;

    @BeforeEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    private Session week() throws Exception {
        Session s = PostFiles.withProfile(dir.resolve("week.db"));
        s.posts().create(PostFiles.request("gesture-thanks", Network.X, PostFiles.MONDAY));
        Draft d = s.posts().create(new DraftRequest("gesture-encouragement", Network.FACEBOOK, PostFiles.TUESDAY,
                LocalTime.of(16, 0), true, PostService.typed("", "")));
        s.posts().editText(d.id(), Lang.FR, d.french() + "\n« Bravo; » 👍🏽 👨‍👩‍👧‍👦");
        return s;
    }

    @Test
    void csvOpensInAFrenchExcel() throws Exception {
        Path csv = dir.resolve("posts.csv");
        try (Session s = week()) {
            PostsExport.write(s.posts(), s.posts().drafts(), csv);
        }
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("jour;heure;réseau;état;longueur;limite;texte\r\n");
        List<CSVRecord> rows = new ArrayList<>(CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(text)).getRecords());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).values()).startsWith("2020-02-17", "09:30", "X", "brouillon");
        assertThat(rows.get(1).get(5)).isEqualTo("280");
        assertThat(Integer.parseInt(rows.get(1).get(4))).isEqualTo(Network.X.length(rows.get(1).get(6)));
        assertThat(rows.get(2).get(6)).contains("Jean-Talon\u00A0:").contains("\n« Bravo; » 👍🏽");
        assertThat(rows.get(3).get(6)).startsWith("To the students of Jean-Talon");
        assertThat(rows.get(3).get(5)).isEqualTo("63206");
    }

    @Test
    void aPostThatStartsWithAHandleIsNotReadAsAFormula() {
        assertThat(PostsCsv.cell("@MTremblayJT merci!")).isEqualTo("'@MTremblayJT merci!");
        assertThat(PostsCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(PostsCsv.cell("+ pour leur réussite")).isEqualTo("'+ pour leur réussite");
        assertThat(PostsCsv.cell("Merci @MTremblayJT")).isEqualTo("Merci @MTremblayJT");
    }

    @Test
    void pdfCarriesEveryPostWithEmbeddedFonts() throws Exception {
        Path pdf = dir.resolve("posts.pdf");
        try (Session s = week()) {
            PostsExport.write(s.posts(), s.posts().drafts(), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Publications des JPS 2020", "Marie Tremblay — Jean-Talon", "Lundi 17 février",
                    "Mardi 18 février", "merci à Mme Lucie", "Bravo; »", "To the students of Jean-Talon",
                    "Approuvé par", "brouillon");
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void theTextReadsBackLetterForLetterWithoutLigatures() throws Exception {
        Path pdf = dir.resolve("ruban.pdf");
        try (Session s = PostFiles.withProfile(dir.resolve("ribbon.db"))) {
            s.posts().create(PostFiles.request("gesture-ribbon", Network.INSTAGRAM, PostFiles.MONDAY));
            PostsExport.write(s.posts(), s.posts().drafts(), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("je porte fièrement le ruban vert et blanc").doesNotContain("\uFB01");
        }
    }

    @Test
    void oneDayOnly() throws Exception {
        Path pdf = dir.resolve("tuesday.pdf");
        try (Session s = week()) {
            PostsExport.write(s.posts(), s.posts().draftsOn(PostFiles.TUESDAY), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Mardi 18 février").doesNotContain("Lundi 17 février");
        }
    }
}
