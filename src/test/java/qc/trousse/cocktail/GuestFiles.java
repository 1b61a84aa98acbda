package qc.trousse.cocktail;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Guest lists as offices send them, written on the spot: French Excel CSVs and a workbook. */
public final class GuestFiles {
    /**
     * Header, three good rows (two to receive a certificate), a row without a name (line 4) and one with a bad
     * email (line 6).
     */
    public static final List<List<String>> ROWS = List.of(
            List.of("Prénom", "Nom", "Organisme", "Fonction", "Courriel", "Téléphone", "Pourquoi", "Type",
                    "Certificat"),
            List.of("Marie-Ève", "Tremblay", "École Sainte-Anne", "Enseignante", "me.tremblay@csdm.qc.ca",
                    "418 555-0101", "Trente ans de mentorat", "Personne", "Oui"),
            List.of("Réjean", "Côté", "", "Bénévole", "", "", "Aide aux devoirs", "", ""),
            List.of("", "", "", "Directrice", "x@y.ca", "", "", "", ""),
            List.of("", "", "Maison des jeunes L’Escale", "", "info@escale.org", "", "Soirées d’étude", "", "x"),
            List.of("Kateri", "Tekakwitha", "", "", "pas-un-courriel", "", "", "", ""));

    private GuestFiles() {
    }

    public static Path csv(Path dir, String name, Charset charset, boolean bom) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : ROWS) {
            text.append(String.join(";", row)).append("\r\n");
        }
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.toString().getBytes(charset));
        }
        return file;
    }

    public static Path utf8Bom(Path dir) throws IOException {
        return csv(dir, "invites-utf8.csv", StandardCharsets.UTF_8, true);
    }

    public static Path windows1252(Path dir) throws IOException {
        return csv(dir, "invites-1252.csv", Charset.forName("windows-1252"), false);
    }

    public static Path workbook(Path dir) throws IOException {
        Path file = dir.resolve("invites.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Invités");
            sheet.createRow(0).createCell(0).setCellValue("Liste des invités — cocktail du 18 février");
            for (int r = 0; r < ROWS.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < ROWS.get(r).size(); c++) {
                    if (!ROWS.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(ROWS.get(r).get(c));
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }
}
