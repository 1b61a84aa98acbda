package qc.trousse.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.importing.Corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What both imports (recipients, cocktail guests) say and exit with when rows are left out or must be looked at:
 * the same lines, a distinct exit code, and --strict importing nothing.
 */
class ImportRowsOutcomeTest {
    private static final String N = "\u00a0";
    @TempDir
    Path dir;

    private CliRun run(String command, String... rest) {
        List<String> args = new ArrayList<>(List.of("--data", dir.resolve("bureau.db").toString()));
        args.addAll(List.of(command.split(" ")));
        args.addAll(List.of(rest));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The names in the data file: as `recipients list` prints them, or the guests as stored. */
    private List<String> names(String command) throws Exception {
        if (command.startsWith("recipients")) {
            return run("recipients list").out().lines().toList();
        }
        try (qc.trousse.session.Session s = new qc.trousse.session.Session(
                qc.trousse.store.DataFile.open(dir.resolve("bureau.db")), qc.trousse.campaign.Editions.shipped(),
                qc.trousse.office.Ridings.load())) {
            return s.guests().all().stream().map(qc.trousse.cocktail.Guest::name).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"recipients import", "cocktail guests import"})
    void aCellWithAControlByteIsOneBadRowNamingItsColumnAndTheRestIsImported(String command) throws Exception {
        Path list = Corpus.csv(dir, "controle.csv", StandardCharsets.UTF_8,
                "Nom;Organisme\r\nLéa Roy;École A\r\nMarc\u001BRoy;École B\r\nZoé Roy;Éc\u0007ole C\r\nNoé Roy;\u0000\r\n");
        CliRun r = run(command, list.toString());
        assertThat(r.exit()).isEqualTo(TableImportCommand.ROWS_SKIPPED);
        assertThat(r.out()).contains("Ligne 3" + N + ": caractère de contrôle U+001B dans la colonne A («" + N + "Nom")
                .contains("Ligne 4" + N + ": caractère de contrôle U+0007 dans la colonne B")
                .contains("Ligne 5" + N + ": caractère de contrôle U+0000 dans la colonne B")
                .doesNotContain("ni un fichier CSV");
        assertThat(r.err().lines().toList()).containsExactly("3 lignes ignorées" + N + ": code de sortie 4.");
        assertThat(r.out()).containsPattern("1 (récipiendaire|invité) ajouté à ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"recipients import", "cocktail guests import"})
    void oneAndSeveralAreCountedWithRealPluralsInBothLanguages(String command) throws Exception {
        String what = command.startsWith("recipients") ? "récipiendaire" : "invité";
        String where = dir.resolve("bureau.db").toString();
        Path one = Corpus.csv(dir, "une.csv", StandardCharsets.UTF_8, "Nom\r\nLéa Roy\r\n");
        CliRun dry = run(command, one.toString(), "--dry-run");
        assertThat(dry.out()).contains("Essai" + N + ": 1 " + what + " serait ajouté" + N + "; 0 ligne ignorée.")
                .doesNotContain("(s)");
        CliRun r = run(command, Corpus.csv(dir, "deux.csv", StandardCharsets.UTF_8,
                "Nom;Courriel\r\nLéa Roy;\r\n;x\r\n;y\r\n").toString());
        assertThat(r.out()).contains("1 " + what + " ajouté à " + where + N + "; 2 lignes ignorées.");
        assertThat(r.err().lines().toList()).containsExactly("2 lignes ignorées" + N + ": code de sortie 4.");
        CliRun several = run(command, Corpus.csv(dir, "trois.csv", StandardCharsets.UTF_8,
                "Nom;Courriel\r\nA Roy;\r\nB Roy;\r\nC Roy;\r\n;x\r\n").toString());
        assertThat(several.out()).contains("3 " + what + "s ajoutés à " + where + N + "; 1 ligne ignorée.");
        assertThat(several.err().lines().toList()).containsExactly("1 ligne ignorée" + N + ": code de sortie 4.");
        CliRun strict = run(command, Corpus.csv(dir, "trois.csv", StandardCharsets.UTF_8,
                "Nom;Courriel\r\nA Roy;\r\n;x\r\n;y\r\n").toString(), "--strict");
        assertThat(strict.err()).contains("2 lignes à corriger dans trois.csv");

        String english = command.startsWith("recipients") ? "recipient" : "guest";
        CliRun en = runIn("en", command, one.toString());
        assertThat(en.out()).contains("1 " + english + " added to " + where + "; 0 rows left out.");
        CliRun enDry = runIn("en", command, Corpus.csv(dir, "en.csv", StandardCharsets.UTF_8,
                "Nom;Courriel\r\nA Roy;\r\nB Roy;\r\n;x\r\n").toString(), "--dry-run");
        assertThat(enDry.out()).contains("Dry run: 2 " + english + "s would be added; 1 row left out.");
        assertThat(enDry.err().lines().toList()).containsExactly("1 row skipped: exit code 4.");
    }

    private CliRun runIn(String lang, String command, String... rest) {
        List<String> args = new ArrayList<>(List.of("--data", dir.resolve("bureau.db").toString(), "--lang", lang));
        args.addAll(List.of(command.split(" ")));
        args.addAll(List.of(rest));
        return CliRun.of(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"recipients import", "cocktail guests import"})
    void strictImportsNothingWhenARowIsBad(String command) throws Exception {
        Path list = Corpus.csv(dir, "strict.csv", StandardCharsets.UTF_8, "Nom;Courriel\r\nLéa Roy;\r\n;\r\n;x\r\n");
        CliRun r = run(command, list.toString(), "--strict");
        assertThat(r.exit()).isEqualTo(TableImportCommand.ROWS_SKIPPED);
        assertThat(r.out()).contains("Ligne 4" + N + ": nom manquant");
        assertThat(r.err().lines().toList()).containsExactly(
                "--strict" + N + ": 1 ligne à corriger dans strict.csv" + N + "; rien n’a été importé.");
        assertThat(Files.exists(dir.resolve("bureau.db"))).isFalse();
        CliRun good = run(command, Corpus.csv(dir, "bonne.csv", StandardCharsets.UTF_8, "Nom\r\nLéa Roy\r\n").toString(),
                "--strict");
        assertThat(good.exit()).isZero();
        assertThat(good.err()).isEmpty();
        assertThat(names(command)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"recipients import", "cocktail guests import"})
    void aNameWithInvisibleCharactersIsImportedVisiblyWithAWarningNamingItsLine(String command) throws Exception {
        Path list = Corpus.csv(dir, "bidi.csv", StandardCharsets.UTF_8,
                "Nom\r\nLéa Roy\r\nZo\u202Eé Roy\r\nMa\u200Brc Roy\r\nEl\uDB40\uDC41i Roy\r\n");
        CliRun r = run(command, list.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Ligne 3 (importée)" + N + ": «" + N + "Nom complet" + N + "» contient un caractère invisible")
                .contains("⟨U+202E⟩").contains("Ligne 4 (importée)").contains("⟨U+200B⟩")
                .contains("Ligne 5 (importée)").contains("⟨U+E0041⟩").doesNotContain("Ligne 2 (importée)");
        String listed = String.join("\n", names(command));
        assertThat(listed).contains("Zo⟨U+202E⟩é Roy").contains("Ma⟨U+200B⟩rc Roy").doesNotContain("\u202E")
                .doesNotContain("\u200B");
    }

    @org.junit.jupiter.api.Test
    void theCertificatePrintsTheNameAsTheListShowsIt() throws Exception {
        Path list = Corpus.csv(dir, "bidi.csv", StandardCharsets.UTF_8, "Nom\r\nZo\u202Eé Roy\r\n");
        assertThat(run("recipients import", list.toString()).exit()).isZero();
        Path pdf = dir.resolve("certificat.pdf");
        assertThat(run("certificates pdf", "--out", pdf.toString()).exit()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Zo⟨U+202E⟩é Roy").doesNotContain("\u202E");
        }
        assertThat(names("recipients import")).singleElement().asString().contains("Zo⟨U+202E⟩é Roy");
    }
}
