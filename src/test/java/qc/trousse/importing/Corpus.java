package qc.trousse.importing;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The test files: those kept under src/test/resources/import/, and those made on the spot. */
public final class Corpus {
    private Corpus() {
    }

    /** A file of the kept corpus. */
    public static Path file(String name) {
        try {
            return Path.of(Corpus.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path csv(Path dir, String name, Charset charset, String text) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, text.getBytes(charset));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV of n people, as a French Excel writes it. */
    public static Path manyRows(Path dir, int n) {
        StringBuilder s = new StringBuilder("\uFEFFPrénom;Nom de famille;Raison;Date\r\n");
        for (int i = 1; i <= n; i++) {
            s.append("Élève").append(i).append(";Côté-Ouellet;Persévérance exemplaire no ").append(i)
                    .append(";2020-02-").append(17 + i % 5).append("\r\n");
        }
        return csv(dir, "dix-mille.csv", java.nio.charset.StandardCharsets.UTF_8, s.toString());
    }

    /**
     * A workbook as a school sends it: a title row and a blank row above the header, a date-formatted
     * column, a number, a formula, and names in several scripts.
     */
    public static Path workbook(Path dir) {
        Path p = dir.resolve("liste-ecole.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet sheet = wb.createSheet("Élèves");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("d mmmm yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("Liste de l’école");
            Row header = sheet.createRow(2);
            List<String> titles = List.of("PRÉNOM", "nom de famille", "Organisme", "MOTIF", "Date", "No");
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
            }
            row(sheet, 3, "ᐃᓄᒃᑎᑐᑦ", "Kanien'kehá:ka", "", "Bénévole 🙂", LocalDate.of(2020, 2, 18), 12, dateStyle);
            row(sheet, 4, "Nguyễn", "Thị Minh Khai", "", "Mentore", LocalDate.of(2020, 2, 19), 7, dateStyle);
            row(sheet, 5, "", "", "École Saint-Édouard", "Projet", null, 3, dateStyle);
            Row formula = sheet.createRow(6);
            formula.createCell(0).setCellValue("Zoé");
            formula.createCell(1).setCellFormula("\"Lemaître\"&\"-Bœuf\"");
            formula.createCell(4).setCellValue(43881);
            row(sheet, 8, "", "", "", "Sans nom", LocalDate.of(2020, 2, 20), 1, dateStyle);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static void row(Sheet sheet, int index, String first, String last, String org, String reason,
                            LocalDate date, int number, CellStyle dateStyle) {
        Row r = sheet.createRow(index);
        r.createCell(0).setCellValue(first);
        r.createCell(1).setCellValue(last);
        r.createCell(2).setCellValue(org);
        r.createCell(3).setCellValue(reason);
        if (date != null) {
            r.createCell(4).setCellValue(date);
            r.getCell(4).setCellStyle(dateStyle);
        }
        r.createCell(5).setCellValue(number);
    }

    /** A copy of a zip (a workbook) with one of its parts changed, to make a damaged or hostile one. */
    public static void rewriteZip(Path from, Path to, String part, java.util.function.UnaryOperator<String> change) {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    bytes = change.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
