package qc.trousse.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Assembly event's address comes from the file's edition: a campaign that moves it is printed and put in the
 * calendar as it says, and one that does not give it says "à confirmer", never the 2020 address.
 */
class EditionPlaceTest extends OnFileOf2027 {
    private void importWithAddress(String address) throws Exception {
        Path file = EditionFiles.campaign2027(dir, "campagne.properties", Map.of("cocktail.address", address));
        CliRun run = CliRun.of("--data", data.toString(), "edition", "import", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private String icsAndRunSheet() throws Exception {
        Path ics = dir.resolve("c.ics");
        Path pdf = dir.resolve("deroulement.pdf");
        assertThat(CliRun.of("--data", data.toString(), "cocktail", "ics", "--out", ics.toString(), "--week")
                .exit()).isZero();
        CliRun print = CliRun.of("--data", data.toString(), "cocktail", "print", "--what", "runsheet", "--out",
                pdf.toString());
        assertThat(print.exit()).as(print.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String unfolded = Files.readString(ics).replace("\r\n ", "");
            return unfolded + "\n" + new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void anAddressTheEditionGivesIsTheOnePrintedAndInTheCalendar() throws Exception {
        importWithAddress("Centre des congrès de Québec, 1000, boulevard René-Lévesque Est, Québec");
        String out = icsAndRunSheet();
        assertThat(out).contains("LOCATION:Centre des congrès de Québec", "Centre des congrès de Québec")
                .doesNotContain("rue des Parlementaires");
        assertThat(CliRun.of("--data", data.toString(), "cocktail", "show").out())
                .contains("Centre des congrès de Québec");
    }

    @Test
    void anAddressNotAnnouncedIsToBeConfirmedNeverInvented() throws Exception {
        importWithAddress("");
        I18n.setLanguage(Lang.FR);
        String out = icsAndRunSheet();
        assertThat(out).contains("LOCATION:adresse à confirmer", "adresse à confirmer")
                .doesNotContain("Parlementaires");
        assertThat(CliRun.of("--data", data.toString(), "cocktail", "show").out()).contains("adresse à confirmer");
    }
}
