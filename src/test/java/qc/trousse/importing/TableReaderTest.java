package qc.trousse.importing;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.work.Progress;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReaderTest {
    @TempDir
    Path dir;

    @Test
    void frenchExcelCsvUtf8WithBomAndSemicolons() throws Exception {
        RawTable t = TableReader.read(Corpus.file("ecole-utf8-bom-pointvirgule.csv"), Progress.NONE);
        assertThat(t.format()).isEqualTo(TableFormat.CSV);
        assertThat(t.encoding()).contains(TextEncoding.UTF8_BOM);
        assertThat(t.delimiter()).contains(Delimiter.SEMICOLON);
        assertThat(t.headers()).containsExactly("Prénom", "Nom", "Organisme", "Raison", "Date");
        assertThat(t.header().line()).isEqualTo(1);
        assertThat(t.rows().get(0).cells()).startsWith("Karonhiénhawe", "Kanien'kehá:ka Deer");
        assertThat(t.rows().get(1).cells()).startsWith("ᐃᓄᒃᑎᑐᑦ", "ᓄᓇᕗᑦ");
        // A quoted cell over two text lines is one row, as Excel numbers it.
        RawRow multiLine = t.rows().get(3);
        assertThat(multiLine.line()).isEqualTo(5);
        assertThat(multiLine.cell(3)).isEqualTo("Entraîneuse; bénévole\nle samedi");
        assertThat(t.rows().get(5).line()).isEqualTo(7);
        assertThat(t.rows().get(5).cell(2)).isEqualTo("Maison des jeunes L’Escale");
    }

    @Test
    void frenchExcelCsvInWindows1252() throws Exception {
        RawTable t = TableReader.read(Corpus.file("excel-fr-windows1252.csv"), Progress.NONE);
        assertThat(t.encoding()).contains(TextEncoding.WINDOWS_1252);
        assertThat(t.delimiter()).contains(Delimiter.SEMICOLON);
        assertThat(t.headers()).containsExactly("Nom", "Prénom", "Motif", "Date de remise");
        assertThat(t.rows().get(0).cells()).containsExactly("Côté", "Éloïse",
                "Bénévole à l’école « Saint-Édouard »", "18/02/2020");
        assertThat(t.rows().get(1).cell(0)).isEqualTo("Lemaître-Bœuf");
        assertThat(t.rows().get(2).cell(2)).isEqualTo("Aide aux devoirs — 3 ans");
    }

    @Test
    void englishCsvWithCommasAndQuotes() throws Exception {
        RawTable t = TableReader.read(Corpus.file("english-comma.csv"), Progress.NONE);
        assertThat(t.encoding()).contains(TextEncoding.UTF8);
        assertThat(t.delimiter()).contains(Delimiter.COMMA);
        assertThat(t.rows().get(0).cells()).containsExactly("Mary", "O'Neil, Jr.", "", "Coach, tutor and mentor",
                "2020-02-17");
        assertThat(t.rows().get(1).cell(2)).isEqualTo("Boys & Girls Club, Québec");
    }

    @Test
    void unicodeTextAndTabs() throws Exception {
        RawTable utf16 = TableReader.read(Corpus.file("texte-unicode-tab.txt"), Progress.NONE);
        assertThat(utf16.encoding()).contains(TextEncoding.UTF16LE_BOM);
        assertThat(utf16.delimiter()).contains(Delimiter.TAB);
        assertThat(utf16.rows().get(0).cell(0)).isEqualTo("Ἀλέξανδρος Παπαδόπουλος");
        RawTable tsv = TableReader.read(Corpus.file("tabulation-utf8.tsv"), Progress.NONE);
        assertThat(tsv.delimiter()).contains(Delimiter.TAB);
        assertThat(tsv.rows().get(1).cells()).containsExactly("Jean-François Bélanger", "Bénévole");
    }

    @Test
    void aCommaInsideTextDoesNotOutvoteTheSemicolons() throws Exception {
        Path p = Corpus.csv(dir, "mixte.csv", StandardCharsets.UTF_8,
                "Nom;Raison\r\nLéa Roy;Aide, écoute, présence\r\nMarc Roy;Bénévole, mentor\r\n");
        assertThat(TableReader.read(p, Progress.NONE).delimiter()).contains(Delimiter.SEMICOLON);
    }

    @Test
    void binaryFilesAreRefusedWhateverTheirName() {
        for (String name : List.of("image.png", "image-renommee.csv")) {
            assertThatThrownBy(() -> TableReader.read(Corpus.file(name), Progress.NONE))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.problem().key()).isEqualTo("import.file.notTable");
                        assertThat(e.userMessage()).contains(name);
                    });
        }
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws Exception {
        Path zip = dir.resolve("archive.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("bonjour".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> TableReader.read(zip, Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.file.notTable"));
    }

    @Test
    void emptyAndBlankFilesAreTold() {
        for (String name : List.of("vide.csv", "lignes-vides.csv")) {
            assertThatThrownBy(() -> TableReader.read(Corpus.file(name), Progress.NONE))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.problem().key()).isEqualTo("import.file.empty");
                        assertThat(e.userMessage()).contains(name).contains("vide");
                    });
        }
    }

    @Test
    void aMissingFileIsTold() {
        assertThatThrownBy(() -> TableReader.read(dir.resolve("absent.csv"), Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.file.notFound"));
    }

    @Test
    void anUnclosedQuoteNamesItsLine() {
        assertThatThrownBy(() -> TableReader.read(Corpus.file("guillemet-ouvert.csv"), Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("import.file.badQuote");
                    assertThat(e.problem().args()).containsExactly(Path.of("guillemet-ouvert.csv"), 3);
                });
    }

    @Test
    void xlsxWithDatesNumbersFormulasAndRowsAboveTheHeader() throws Exception {
        RawTable t = TableReader.read(Corpus.workbook(dir), Progress.NONE);
        assertThat(t.format()).isEqualTo(TableFormat.XLSX);
        assertThat(t.encoding()).isEmpty();
        // The title row is taken as the header: the first row with anything in it. Lines are Excel's.
        assertThat(t.header().line()).isEqualTo(1);
        RawRow header = t.rows().stream().filter(r -> r.line() == 3).findFirst().orElseThrow();
        assertThat(header.cells()).startsWith("PRÉNOM", "nom de famille");
        RawRow syllabics = t.rows().stream().filter(r -> r.line() == 4).findFirst().orElseThrow();
        assertThat(syllabics.cells()).containsExactly("ᐃᓄᒃᑎᑐᑦ", "Kanien'kehá:ka", "", "Bénévole 🙂",
                "2020-02-18", "12");
        RawRow formula = t.rows().stream().filter(r -> r.line() == 7).findFirst().orElseThrow();
        assertThat(formula.cell(1)).isEqualTo("Lemaître-Bœuf");
        assertThat(formula.cell(4)).isEqualTo("43881");
    }

    @Test
    void xlsWorkbooksToo() throws Exception {
        Path p = dir.resolve("ancienne.xls");
        try (Workbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            var sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Nom");
            sheet.createRow(1).createCell(0).setCellValue("Éloïse Côté");
            wb.write(out);
        }
        RawTable t = TableReader.read(p, Progress.NONE);
        assertThat(t.format()).isEqualTo(TableFormat.XLS);
        assertThat(t.rows().get(0).cell(0)).isEqualTo("Éloïse Côté");
    }

    @Test
    void iso88591IsReadAsWindows1252() throws Exception {
        Path p = Corpus.csv(dir, "latin1.csv", StandardCharsets.ISO_8859_1,
                "Nom;Raison\r\nFrançois Lévesque-Ouellet;Élève émérite, « bénévole »\r\n");
        RawTable t = TableReader.read(p, Progress.NONE);
        assertThat(t.encoding()).contains(TextEncoding.WINDOWS_1252);
        assertThat(t.rows().get(0).cells()).containsExactly("François Lévesque-Ouellet", "Élève émérite, « bénévole »");
    }

    @Test
    void rowsAddedInAnotherEncodingKeepTheirLetters() throws Exception {
        Path p = dir.resolve("melange.csv");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write("Nom;Raison\r\nÉloïse Côté;Mentore\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("Zoé Lemaître;Bénévole\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.write(p, bytes.toByteArray());
        RawTable t = TableReader.read(p, Progress.NONE);
        assertThat(t.encoding()).contains(TextEncoding.MIXED);
        assertThat(t.rows()).extracting(r -> r.cell(0)).containsExactly("Éloïse Côté", "Zoé Lemaître");
        assertThat(t.rows().get(1).cell(1)).isEqualTo("Bénévole");
    }

    @Test
    void tenThousandRowWorkbookIsReadFast() throws Exception {
        Path p = dir.resolve("dix-mille.xlsx");
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            var sheet = wb.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Prénom");
            header.createCell(1).setCellValue("Nom");
            for (int i = 1; i <= 10_000; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("Élève" + i);
                row.createCell(1).setCellValue("Kanien'kehá:ka");
            }
            wb.write(out);
        }
        long start = System.nanoTime();
        RawTable t = TableReader.read(p, Progress.NONE);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(t.rows()).hasSize(10_000);
        assertThat(t.rows().get(9_999).line()).isEqualTo(10_001);
        assertThat(t.rows().get(9_999).cells()).containsExactly("Élève10000", "Kanien'kehá:ka");
        assertThat(ms).as("10,000-row workbook read in %d ms", ms).isLessThan(10_000);
    }

    @Test
    void readingStopsWhenCancelled() {
        Path p = Corpus.manyRows(dir, 5000);
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> TableReader.read(p, cancelled)).isInstanceOf(Progress.CancelledException.class);
    }

    @Test
    void aFileOfAHundredThousandRowsIsSaidToHaveMoreThanTheLimit() {
        Path p = Corpus.manyRows(dir, 100_000);
        assertThatThrownBy(() -> TableReader.read(p, Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("import.file.tooManyRows");
                    assertThat(e.userMessage()).contains("dix-mille.csv").contains("plus de 50\u00a0000 lignes")
                            .doesNotContain("50\u00a0001");
                });
    }

    @Test
    void aCellLongerThanExcelAllowsIsRefusedWithItsLineAndColumn() {
        Path p = Corpus.csv(dir, "longue.csv", StandardCharsets.UTF_8,
                "Nom;Raison\r\nLéa Roy;courte\r\nMarc Roy;" + "x".repeat(40_000) + "\r\n");
        assertThatThrownBy(() -> TableReader.read(p, Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("import.limit.cell");
                    assertThat(e.userMessage()).contains("longue.csv").contains("ligne 3").contains("colonne B")
                            .contains("32\u00a0767");
                });
    }

    @Test
    void aWorkbookCellInTheLastColumnKeepsOnlyThatCell() throws Exception {
        Path p = dir.resolve("xfd.xlsx");
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            var sheet = wb.createSheet();
            sheet.createRow(0).createCell(16_383).setCellValue("Nom");
            sheet.createRow(1).createCell(16_383).setCellValue("Éloïse Côté");
            wb.write(out);
            wb.dispose();
        }
        RawTable t = TableReader.read(p, Progress.NONE);
        assertThat(t.usedColumns()).containsExactly(16_383);
        assertThat(t.rows().get(0).cell(16_383)).isEqualTo("Éloïse Côté");
        assertThat(t.rows().get(0).cell(0)).isEmpty();
        assertThat(t.rows().get(0).filledColumns()).containsExactly(16_383);
    }

    @Test
    void aWorkbookDeclaringEntitiesIsRefusedSayingWhy() throws Exception {
        Path good = Corpus.workbook(dir);
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "[Content_Types].xml")) {
            Path bad = dir.resolve("entites.xlsx");
            Corpus.rewriteZip(good, bad, part, xml -> xml.replaceFirst("\\?>", "?>\n<!DOCTYPE x [<!ENTITY a "
                    + "\"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY e SYSTEM \"file:///etc/passwd\">]>"));
            assertThatThrownBy(() -> TableReader.read(bad, Progress.NONE)).as(part)
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.problem().key()).isEqualTo("import.file.entities");
                        assertThat(e.userMessage()).contains("entites.xlsx").contains("entités XML")
                                .doesNotContain("ni un fichier CSV");
                    });
        }
    }

    @Test
    void aFormulaGivesItsComputedValueNeverItsText() throws Exception {
        RawTable t = TableReader.read(Corpus.workbook(dir), Progress.NONE);
        assertThat(t.rows()).flatExtracting(RawRow::cells).noneMatch(c -> c.startsWith("=") || c.contains("&"));
    }
}
