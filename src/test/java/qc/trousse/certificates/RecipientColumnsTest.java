package qc.trousse.certificates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.importing.ColumnMapping;
import qc.trousse.importing.Corpus;
import qc.trousse.importing.ImportPreview;
import qc.trousse.importing.RawTable;
import qc.trousse.importing.TableImport;
import qc.trousse.importing.TableReader;
import qc.trousse.work.Progress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientColumnsTest {
    private static final LocalDate MONDAY = LocalDate.of(2020, 2, 17);
    private final RecipientColumns schema = new RecipientColumns(MONDAY);
    @TempDir
    Path dir;

    private ImportPreview<Recipient> preview(Path file) throws Exception {
        I18n.setLanguage(Lang.FR);
        return TableImport.preview(TableReader.read(file, Progress.NONE), schema);
    }

    @Test
    void aSchoolListKeepsEveryLetterAndReportsTheBadRowsByExcelLine() throws Exception {
        ImportPreview<Recipient> p = preview(Corpus.file("ecole-utf8-bom-pointvirgule.csv"));
        assertThat(p.mappingProblem()).isEmpty();
        assertThat(p.values()).extracting(Recipient::name).containsExactly(
                "Karonhiénhawe Kanien'kehá:ka Deer", "ᐃᓄᒃᑎᑐᑦ ᓄᓇᕗᑦ", "Nguyễn Thị Minh Khai", "Sinéad O’Brien-Côté",
                "Maison des jeunes L’Escale");
        assertThat(p.good()).extracting(ImportPreview.Good::line).containsExactly(2, 3, 4, 5, 7);
        assertThat(p.values()).extracting(Recipient::date).containsExactly(LocalDate.of(2020, 2, 18),
                LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 19), MONDAY, LocalDate.of(2020, 2, 20));
        assertThat(p.values().get(4).kind()).isEqualTo(RecipientKind.ORGANISATION);
        assertThat(p.values().get(0).kind()).isEqualTo(RecipientKind.PERSON);
        assertThat(p.values().get(3).reason()).isEqualTo("Entraîneuse; bénévole\nle samedi");
        assertThat(p.bad()).extracting(ImportPreview.Bad::line).containsExactly(8, 9);
        assertThat(p.bad().get(0).message()).isEqualTo("date illisible « 31/02/2020 » (ex. : 2020-02-18 ou 18/02/2020)"
                .replace(" »", "\u00a0»").replace("« ", "«\u00a0").replace(" :", "\u00a0:"));
        assertThat(p.bad().get(1).message()).isEqualTo("nom manquant");
    }

    @Test
    void nomBesidePrenomIsTheFamilyName() throws Exception {
        ImportPreview<Recipient> p = preview(Corpus.file("excel-fr-windows1252.csv"));
        assertThat(p.mapping().column(RecipientColumns.LAST_NAME)).hasValue(0);
        assertThat(p.mapping().column(RecipientColumns.FIRST_NAME)).hasValue(1);
        assertThat(p.mapping().column(RecipientColumns.REASON)).hasValue(2);
        assertThat(p.mapping().column(RecipientColumns.DATE)).hasValue(3);
        assertThat(p.values()).extracting(Recipient::name)
                .containsExactly("Éloïse Côté", "Zoé Lemaître-Bœuf", "Anaïs Gagnon");
        assertThat(p.values().get(0).reason()).isEqualTo("Bénévole à l’école « Saint-Édouard »");
    }

    @Test
    void englishHeadersAndDates() throws Exception {
        ImportPreview<Recipient> p = preview(Corpus.file("english-comma.csv"));
        assertThat(p.values()).extracting(Recipient::name)
                .containsExactly("Mary O'Neil, Jr.", "Boys & Girls Club, Québec", "Ahmed Benali");
        assertThat(p.values()).extracting(Recipient::date).containsExactly(LocalDate.of(2020, 2, 17),
                LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 21));
    }

    @Test
    void headersMatchWhateverTheirCaseAndAccents() {
        ColumnMapping m = schema.guess(List.of("PRÉNOM", "nom de famille", "ORGANISATION", "motif", " Date ",
                "Courriel"));
        assertThat(m.asMap()).containsEntry("firstName", 0).containsEntry("lastName", 1)
                .containsEntry("organisation", 2).containsEntry("reason", 3).containsEntry("date", 4).hasSize(5);
        assertThat(schema.guess(List.of("Name", "Reason")).asMap()).containsEntry("name", 0);
        assertThat(schema.guess(List.of("First name", "Last name")).asMap())
                .containsEntry("firstName", 0).containsEntry("lastName", 1);
    }

    @Test
    void noNameColumnStopsTheImportAndSaysWhatWasFound() throws Exception {
        ImportPreview<Recipient> p = preview(Corpus.file("sans-colonne-nom.csv"));
        assertThat(p.canImport()).isFalse();
        assertThat(p.mappingProblem().orElseThrow().message()).contains("Courriel, Téléphone, Ville");
        assertThat(p.good()).isEmpty();
    }

    @Test
    void theUserCanRemapAColumnAndThePreviewFollows() throws Exception {
        RawTable t = TableReader.read(Corpus.file("sans-colonne-nom.csv"), Progress.NONE);
        ColumnMapping m = schema.guess(t.headers()).with(RecipientColumns.NAME, OptionalInt.of(2));
        ImportPreview<Recipient> p = TableImport.preview(t, schema, m);
        assertThat(p.canImport()).isTrue();
        assertThat(p.values()).extracting(Recipient::name).containsExactly("Québec");
    }

    @Test
    void longNamesEmojiAndDecomposedAccents() throws Exception {
        String longName = "Ꭰ".repeat(300);
        String decomposed = Normalizer.normalize("Nguyễn Thị Minh Khai", Normalizer.Form.NFD);
        Path p = Corpus.csv(dir, "limites.csv", StandardCharsets.UTF_8, "Nom;Raison\n"
                + longName + ";Trop long\n"
                + "Zoé 🙂 Roy;Merci 👍🏽 pour tout\n"
                + decomposed + ";Mentore\n"
                + "   \t  ;Blanc\n"
                + "Lea\u0007 Roy;Contrôle\n");
        ImportPreview<Recipient> preview = preview(p);
        assertThat(preview.bad()).extracting(ImportPreview.Bad::line).containsExactly(2, 5, 6);
        assertThat(preview.bad().get(0).message()).contains("Nom").contains("300").contains("150");
        // A control code is no letter: the row is left out, naming the code and the column, not silently cleaned.
        assertThat(preview.bad().get(2).message()).contains("U+0007").contains("colonne A");
        assertThat(preview.values()).extracting(Recipient::name)
                .containsExactly("Zoé 🙂 Roy", "Nguyễn Thị Minh Khai");
        assertThat(preview.values().get(0).reason()).isEqualTo("Merci 👍🏽 pour tout");
        assertThat(preview.values().get(1).name()).isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
    }

    @Test
    void anExplicitTypeColumnAndBadTypes() throws Exception {
        Path p = Corpus.csv(dir, "types.csv", StandardCharsets.UTF_8,
                "Type;Nom\nOrganisme;Club Optimiste\nPersonne;Léa Roy\nChien;Rex\n");
        ImportPreview<Recipient> preview = preview(p);
        assertThat(preview.values()).extracting(Recipient::kind)
                .containsExactly(RecipientKind.ORGANISATION, RecipientKind.PERSON);
        assertThat(preview.bad()).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(4);
            assertThat(b.message()).contains("Chien");
        });
    }

    @Test
    void aWorkbookFromASchoolWithATitleAboveTheHeader() throws Exception {
        ImportPreview<Recipient> p = preview(Corpus.workbook(dir));
        assertThat(p.mappingProblem()).isEmpty();
        assertThat(p.table().header().line()).isEqualTo(3);
        assertThat(p.values()).extracting(Recipient::name).containsExactly("ᐃᓄᒃᑎᑐᑦ Kanien'kehá:ka",
                "Nguyễn Thị Minh Khai", "École Saint-Édouard", "Zoé Lemaître-Bœuf");
        assertThat(p.values()).extracting(Recipient::date).containsExactly(LocalDate.of(2020, 2, 18),
                LocalDate.of(2020, 2, 19), MONDAY, LocalDate.of(2020, 2, 20));
        assertThat(p.values().get(0).reason()).isEqualTo("Bénévole 🙂");
        assertThat(p.values().get(2).kind()).isEqualTo(RecipientKind.ORGANISATION);
        assertThat(p.bad()).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(9);
            assertThat(b.message()).isEqualTo("nom manquant");
        });
    }

    /** Every one of 10,000 rows read and checked, with its Excel line; how fast is bench/import's business. */
    @Test
    void tenThousandRowsAreAllReadWithTheirLines() throws Exception {
        Path p = Corpus.manyRows(dir, 10_000);
        ImportPreview<Recipient> preview = preview(p);
        assertThat(preview.good()).hasSize(10_000);
        assertThat(preview.bad()).isEmpty();
        assertThat(preview.good().get(9_999).line()).isEqualTo(10_001);
        assertThat(preview.values().get(0).name()).isEqualTo("Élève1 Côté-Ouellet");
    }
}
