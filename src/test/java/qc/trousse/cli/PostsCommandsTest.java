package qc.trousse.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.posts.DraftRequest;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostService;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The posts commands, run in-process on real files. */
class PostsCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    private int run(String... args) throws Exception {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(GlobalOptions.parse(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path fileWithPosts() throws Exception {
        Path data = dir.resolve("data.db");
        try (Session s = new Session(DataFile.open(data), Editions.shipped(), Ridings.load())) {
            s.posts().create(new DraftRequest("gesture-ribbon", Network.X, LocalDate.of(2020, 2, 17),
                    LocalTime.of(9, 0), false, PostService.typed("", "")));
            s.posts().create(new DraftRequest("message-2", Network.X, LocalDate.of(2020, 2, 19),
                    LocalTime.of(12, 0), false, PostService.typed("", "")));
        }
        return data;
    }

    @Test
    void listShowsEachPostWithItsLength() throws Exception {
        Path data = fileWithPosts();
        assertThat(run("--data", data.toString(), "posts", "list")).isEqualTo(0);
        assertThat(out()).contains("2020-02-17 09:00\tX\tbrouillon\t").contains("2020-02-19 12:00\tX\tbrouillon\t")
                .contains("/280\tCette semaine, je porte fièrement");
    }

    @Test
    void exportWritesCsvAndPdfAndRefusesOtherFormats() throws Exception {
        Path data = fileWithPosts();
        Path csv = dir.resolve("posts.csv");
        Path pdf = dir.resolve("mercredi.pdf");
        assertThat(run("--data", data.toString(), "posts", "export", "--out", csv.toString())).isEqualTo(0);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFjour;heure;").contains("\r\n2020-02-19;12:00;X;");
        assertThat(run("--data", data.toString(), "posts", "export", "--out", pdf.toString(), "--day", "2020-02-19"))
                .isEqualTo(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Mercredi 19 février").doesNotContain("Lundi");
        }
        assertThat(run("--data", data.toString(), "posts", "export", "--out", dir.resolve("x.docx").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Format inconnu pour").contains("x.docx");
        assertThat(dir.resolve("x.docx")).doesNotExist();
    }

    @Test
    void checkSaysWhereATextFitsAndWhatToFix() throws Exception {
        Path text = dir.resolve("post.txt");
        Files.writeString(text, "Merci à l'équipe: bravo ! https://journeesperseverancescolaire.com #JPS2020\n",
                StandardCharsets.UTF_8);
        assertThat(run("posts", "check", "--day", "2020-02-17", text.toString())).isEqualTo(0);
        assertThat(out()).contains("X\t58/280\ttient", "Facebook\t", "Instagram\t", "LinkedIn\t",
                "Instagram\t75/2200\ttient\tcaractères\t1 mot-clic sur 30",
                "position 10\u00A0: apostrophe typographique",
                "position 17\u00A0: espace insécable avant le deux-points",
                "position 24\u00A0: pas d’espace avant ; ! ?");
    }

    @Test
    void checkExitsThreeWhenTooLongForANetwork() throws Exception {
        Path text = dir.resolve("long.txt");
        Files.writeString(text, "La persévérance scolaire, un + pour leur réussite. ".repeat(6) + "#JPS2020",
                StandardCharsets.UTF_8);
        assertThat(run("posts", "check", text.toString())).isEqualTo(3);
        assertThat(out()).contains("X\t314/280\tDÉPASSE", "LinkedIn\t314/3000\ttient");
    }

    @Test
    void checkRefusesAFileThatIsNotUtf8ByName() throws Exception {
        Path text = dir.resolve("latin1.txt");
        Files.write(text, "Persévérance".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("posts", "check", text.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("latin1.txt").contains("UTF-8");
        assertThat(run("posts", "check", dir.resolve("absent.txt").toString())).isEqualTo(1);
        assertThat(run("posts", "check")).isEqualTo(2);
    }
}
