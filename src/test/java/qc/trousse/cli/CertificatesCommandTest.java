package qc.trousse.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless certificate commands on a real data file, as a script would call them. */
class CertificatesCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void french() throws Exception {
        I18n.setLanguage(Lang.FR);
        // These commands read the file; only the commands that write into it create one.
        qc.trousse.store.DataFile.open(dir.resolve("office.db")).close();
    }

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.resolve("office.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(GlobalOptions.parse(all));
    }

    @Test
    void pdfMakesOnePagePerNameWithTheOfficeProfile() throws Exception {
        assertThat(run("profile", "set", "--mna", "Catherine Dorion", "--title", "députée", "--riding", "Taschereau"))
                .isZero();
        Path pdf = dir.resolve("lot.pdf");
        int code = run("certificates", "pdf", "--out", pdf.toString(), "--paper", "a4", "--date", "2020-02-18",
                "--name", "Zoé L’Heureux", "--reason", "Bravo 🥳", "--name", "ᐃᓄᒃᑎᑐᑦ");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String said = out.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("🥳").contains("Zoé L’Heureux").contains("2 certificats écrits");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Zoé L’Heureux").contains("ᐃᓄᒃᑎᑐᑦ").contains("Catherine Dorion")
                    .contains("Députée de Taschereau").contains("Le 18 février 2020");
        }
    }

    @Test
    void eachWritesOneFilePerName() throws Exception {
        Path folder = dir.resolve("un par personne");
        assertThat(run("certificates", "pdf", "--each", folder.toString(), "--name", "Léa", "--name", "LÉA"))
                .isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("Léa.pdf",
                    "LÉA (2).pdf");
        }
    }

    @Test
    void badInputIsOneLineAndTheRightExitCode() throws Exception {
        // No --name and no recipients in the file: a failure that says how to give some.
        assertThat(run("certificates", "pdf", "--out", "x.pdf")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--name").contains("recipients import")
                .hasLineCount(1);
        assertThat(run("certificates", "pdf", "--out", "x.pdf", "--only-unprinted", "--name", "A")).isEqualTo(2);
        assertThat(run("certificates", "pdf", "--out", "x.pdf", "--paper", "b5", "--name", "A")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("b5");
        assertThat(run("certificates", "print", "--printer", "Nulle-Part", "--name", "A")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Nulle-Part").doesNotContain("Exception");
        Path blocked = dir.resolve("fichier");
        Files.writeString(blocked, "");
        assertThat(run("certificates", "pdf", "--out", blocked.resolve("x.pdf").toString(), "--name", "A"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("fichier").hasLineCount(1);
    }
}
