package qc.trousse.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.importing.Corpus;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless commands run in-process on a temporary data file, as a script would run them. */
class RecipientsCommandTest {
    @TempDir
    Path dir;
    private Path data;
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        I18n.setLanguage(Lang.FR);
        data = dir.resolve("bureau.db");
    }

    private int run(String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("--data", data.toString()));
        args.addAll(List.of(command));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8))
                .run(GlobalOptions.parse(args.toArray(String[]::new)));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void importsTheGoodRowsAndListsEachBadRowWithItsLine() throws Exception {
        Path list = Corpus.file("ecole-utf8-bom-pointvirgule.csv");
        assertThat(run("recipients", "import", list.toString())).isEqualTo(TableImportCommand.ROWS_SKIPPED);
        assertThat(out).contains("CSV, encodage UTF-8 (BOM), séparateur point-virgule (;)")
                .contains("Ligne 8\u00a0: date illisible")
                .contains("Ligne 9\u00a0: nom manquant")
                .contains("5 récipiendaires ajoutés");
        assertThat(err).isEqualTo("2 lignes ignorées\u00a0: code de sortie 4.\n");

        assertThat(run("recipients", "list")).isEqualTo(0);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("1\tPersonne\tKaronhiénhawe Kanien'kehá:ka Deer\t2020-02-18\tÀ imprimer"
                + "\tBénévole en aide aux devoirs");
        assertThat(lines.get(1)).contains("ᐃᓄᒃᑎᑐᑦ ᓄᓇᕗᑦ");
        assertThat(lines.get(3)).endsWith("Entraîneuse; bénévole le samedi");
        assertThat(lines.get(4)).contains("Organisme\tMaison des jeunes L’Escale");
    }

    @Test
    void aDryRunChangesNothingNotEvenCreatingTheDataFile() throws Exception {
        Path list = Corpus.file("excel-fr-windows1252.csv");
        assertThat(run("recipients", "import", list.toString(), "--dry-run")).isEqualTo(0);
        assertThat(out).contains("Windows-1252").contains("Essai\u00a0: 3 récipiendaires seraient ajoutés")
                .contains("Rien n’a été modifié");
        assertThat(Files.exists(data)).isFalse();
        run("recipients", "import", list.toString());
        run("recipients", "import", list.toString(), "--dry-run");
        assertThat(run("recipients", "list")).isEqualTo(0);
        assertThat(out.lines()).hasSize(3);
    }

    @Test
    void aBadFileIsOneLineAndExitOne() throws Exception {
        for (String name : List.of("image.png", "vide.csv", "sans-colonne-nom.csv", "guillemet-ouvert.csv")) {
            assertThat(run("recipients", "import", Corpus.file(name).toString())).as(name).isEqualTo(1);
            assertThat(err.lines()).as(name).hasSize(1);
            assertThat(err).as(name).contains(name).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(Files.exists(data)).isFalse();
        assertThat(run("recipients", "import", dir.resolve("absente.xlsx").toString())).isEqualTo(1);
        assertThat(err).contains("absente.xlsx").contains("introuvable");
    }

    @Test
    void aFileWithOnlyBadRowsAddsNothing() throws Exception {
        Path list = Corpus.csv(dir, "mauvaise.csv", StandardCharsets.UTF_8, "Nom;Date\n;2020-02-18\nLéa;hier\n");
        assertThat(run("recipients", "import", list.toString())).isEqualTo(1);
        assertThat(out).contains("Ligne 2\u00a0: nom manquant").contains("Ligne 3\u00a0: date illisible « hier »"
                .replace("« ", "«\u00a0").replace(" »", "\u00a0»"));
        assertThat(err).contains("Aucune ligne valide dans mauvaise.csv");
    }

    @Test
    void aWorkbookAndTenThousandRows() throws Exception {
        assertThat(run("recipients", "import", Corpus.workbook(dir).toString())).isEqualTo(TableImportCommand.ROWS_SKIPPED);
        assertThat(out).contains("Classeur Excel (.xlsx)").contains("Ligne 9\u00a0: nom manquant")
                .contains("4 récipiendaires ajoutés");
        assertThat(run("recipients", "import", Corpus.manyRows(dir, 10_000).toString())).isEqualTo(0);
        assertThat(out).contains("10\u00a0000 récipiendaires ajoutés");
        run("recipients", "list");
        assertThat(out.lines()).hasSize(10_004);
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(run("recipients", "import")).isEqualTo(2);
        assertThat(err).contains("Donnez le fichier à importer");
        assertThat(run("recipients", "import", "a.csv", "--force")).isEqualTo(2);
        assertThat(run("recipients", "list", "extra")).isEqualTo(2);
    }

    @Test
    void englishMessagesWithLangEn() throws Exception {
        I18n.setLanguage(Lang.EN);
        qc.trousse.store.DataFile.open(data).close();
        assertThat(run("recipients", "list")).isEqualTo(0);
        assertThat(out).startsWith("No recipient in ");
        assertThat(run("recipients", "import", Corpus.file("english-comma.csv").toString())).isEqualTo(0);
        assertThat(out).contains("CSV, encoding UTF-8, separator comma (,)").contains("3 recipients added");
    }
}
