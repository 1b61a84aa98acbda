package qc.trousse.cocktail;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.importing.ImportPreview;
import qc.trousse.importing.TableFormat;
import qc.trousse.importing.TextEncoding;
import qc.trousse.work.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Guest lists read with the certificates' importer: detection, mapping and per-row errors on real files. */
class GuestColumnsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void utf8WithBomAndSemicolons() throws Exception {
        ImportPreview<Guest> p = GuestImport.preview(GuestFiles.utf8Bom(dir), Progress.NONE);
        assertThat(p.table().encoding()).contains(TextEncoding.UTF8_BOM);
        assertThat(p.table().description()).contains("UTF-8 (BOM)").contains("point-virgule");
        assertGuests(p);
    }

    @Test
    void windows1252WithSemicolons() throws Exception {
        Path file = GuestFiles.windows1252(dir);
        assertThat(Files.readAllBytes(file)).doesNotContain((byte) 0xC3);
        ImportPreview<Guest> p = GuestImport.preview(file, Progress.NONE);
        assertThat(p.table().encoding()).contains(TextEncoding.WINDOWS_1252);
        assertGuests(p);
    }

    @Test
    void workbookWithATitleAboveTheHeader() throws Exception {
        ImportPreview<Guest> p = GuestImport.preview(GuestFiles.workbook(dir), Progress.NONE);
        assertThat(p.table().format()).isEqualTo(TableFormat.XLSX);
        // The title is on Excel's line 1, a blank line 2, the header line 3: the first guest is line 4.
        assertThat(p.good()).extracting(ImportPreview.Good::line).containsExactly(4, 5, 7);
        assertThat(p.bad()).extracting(ImportPreview.Bad::line).containsExactly(6, 8);
        assertThat(p.values()).extracting(Guest::name)
                .containsExactly("Marie-Ève Tremblay", "Réjean Côté", "Maison des jeunes L’Escale");
    }

    @Test
    void aListWithoutAnyNameColumnIsRefusedAsAWhole() throws Exception {
        Path file = dir.resolve("sans-nom.csv");
        Files.writeString(file, "Courriel;Téléphone\na@b.ca;418\n");
        ImportPreview<Guest> p = GuestImport.preview(file, Progress.NONE);
        assertThat(p.canImport()).isFalse();
        assertThat(p.mappingProblem().orElseThrow().message()).contains("Courriel, Téléphone");
    }

    @Test
    void anUnreadableCertificateMarkIsABadRow() throws Exception {
        Path file = dir.resolve("certificat.csv");
        Files.writeString(file, "Nom;Certificat\nLéa Roy;peut-être\nJean Roy;non\n");
        ImportPreview<Guest> p = GuestImport.preview(file, Progress.NONE);
        assertThat(p.values()).extracting(Guest::name).containsExactly("Jean Roy");
        assertThat(p.bad().get(0).line()).isEqualTo(2);
        assertThat(p.bad().get(0).message()).isEqualTo("certificat illisible «\u00a0peut-être\u00a0» (oui ou non)");
    }

    private static void assertGuests(ImportPreview<Guest> p) {
        assertThat(p.good()).extracting(ImportPreview.Good::line).containsExactly(2, 3, 5);
        List<Guest> guests = p.values();
        Guest marie = guests.get(0);
        assertThat(marie.name()).isEqualTo("Marie-Ève Tremblay");
        assertThat(marie.organisation()).isEqualTo("École Sainte-Anne");
        assertThat(marie.role()).isEqualTo("Enseignante");
        assertThat(marie.email()).isEqualTo("me.tremblay@csdm.qc.ca");
        assertThat(marie.phone()).isEqualTo("418 555-0101");
        assertThat(marie.reason()).isEqualTo("Trente ans de mentorat");
        assertThat(marie.kind()).isEqualTo(GuestKind.PERSON);
        assertThat(marie.rsvp()).isEqualTo(RsvpState.INVITED);
        assertThat(marie.partySize()).isEqualTo(1);
        Guest escale = guests.get(2);
        assertThat(escale.kind()).isEqualTo(GuestKind.ORGANISATION);
        assertThat(escale.name()).isEqualTo("Maison des jeunes L’Escale");
        assertThat(escale.organisation()).isEmpty();
        assertThat(guests).extracting(Guest::certificate).containsExactly(true, false, true);
        assertThat(p.bad()).extracting(ImportPreview.Bad::line).containsExactly(4, 6);
        assertThat(p.bad().get(0).message()).isEqualTo("nom manquant");
        assertThat(p.bad().get(1).message()).contains("courriel illisible «\u00a0pas-un-courriel\u00a0»");
    }
}
