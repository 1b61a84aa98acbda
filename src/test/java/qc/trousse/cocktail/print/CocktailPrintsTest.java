package qc.trousse.cocktail.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.cocktail.CocktailDocuments;
import qc.trousse.cocktail.CocktailEvent;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestCounts;
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.cocktail.TravelPlan;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Real PDFs, read back with PDFBox: every letter of every name is there, in embedded fonts. */
class CocktailPrintsTest {
    /** U+18B0 is in the extended syllabics block, which DejaVu Sans lacks: it must come from the fallback. */
    static final String SYLLABICS = "ᐃᓄᒃᑎᑐᑦ ᢰᢱ";
    @TempDir
    Path dir;

    @BeforeAll
    static void french() {
        I18n.setLanguage(Lang.FR);
    }

    static PrintData data() {
        CocktailEvent event = CocktailEvent.defaults(LocalDate.of(2020, 2, 18),
                qc.trousse.campaign.Editions.shipped().year(2020).facts().assemblyAddress()).withPlace("Salon rouge", "Porte 3")
                .withDeparturePlace("Bureau de Rimouski").withAttendingStaff(List.of("Julie Paré", "Marc Roy"))
                .withBring("Rubans vert et blanc");
        List<Guest> guests = new ArrayList<>(List.of(
                Guest.named("Marie-Ève Tremblay").withOrganisation("École secondaire Paul-Hubert").withPartySize(2)
                        .withNotes("végétarienne", "").withRsvp(RsvpState.CONFIRMED).withVehicle(1),
                Guest.named("Kanien'kehá:ka Onkwehón:we").withOrganisation("Conseil scolaire Kahnawà:ke")
                        .withRsvp(RsvpState.CONFIRMED),
                Guest.named(SYLLABICS).withOrganisation("Kativik Ilisarniliriniq"),
                Guest.named("Gérard D'Amours-Lévesque").withRsvp(RsvpState.DECLINED),
                new Guest(0, GuestKind.ORGANISATION, "Carrefour jeunesse-emploi Rimouski-Neigette", "", "",
                        "", "", "", RsvpState.CONFIRMED, 3, "", "fauteuil roulant", true, 0)));
        for (int i = 0; i < guests.size(); i++) {
            guests.set(i, guests.get(i).withId(i + 1));
        }
        return new PrintData("Cocktail de la persévérance scolaire", "Harold LeBel", event,
                TravelPlan.of(event, Duration.ofMinutes(210)), guests,
                List.of(new Vehicle(1, "Autobus scolaire", VehicleKind.BUS, 40, List.of("Julie Paré"))),
                GuestCounts.of(guests, Map.of()));
    }

    private String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
            return new PDFTextStripper().getText(doc);
        }
    }

    private Path write(CocktailPrints.What what, GuestSelection selection) throws IOException {
        Path out = dir.resolve(what + "-" + selection + ".pdf");
        CocktailDocuments.writePdf(what, selection, data(), out);
        return out;
    }

    @Test
    void theDoorListHasEveryNameExactly() throws IOException {
        // a long name may wrap in its column: read lines joined
        String text = text(write(CocktailPrints.What.GUESTS, GuestSelection.ALL)).replace("\n", " ");
        assertThat(text).contains("Marie-Ève Tremblay", "Kanien'kehá:ka Onkwehón:we", SYLLABICS,
                "Carrefour jeunesse-emploi Rimouski-Neigette", "École secondaire Paul-Hubert", "végétarienne",
                "fauteuil roulant").doesNotContain("Gérard");
    }

    @Test
    void confirmedOnlyLeavesOutThoseWhoHaveNotAnswered() throws IOException {
        String text = text(write(CocktailPrints.What.GUESTS, GuestSelection.CONFIRMED));
        assertThat(text).contains("Marie-Ève Tremblay").doesNotContain(SYLLABICS).doesNotContain("Gérard");
    }

    @Test
    void badgesShowFirstNameAndOrganisationSixToAPage() throws IOException {
        Path pdf = write(CocktailPrints.What.BADGES, GuestSelection.ALL);
        String text = text(pdf);
        assertThat(text).contains("Marie-Ève", "Tremblay", "École secondaire Paul-Hubert", "ᐃᓄᒃᑎᑐᑦ",
                "Kanien'kehá:ka", "Onkwehón:we", "Journées de la persévérance scolaire 2020");
        assertThat(text.replace("\n", " ")).contains("ᐃᓄᒃᑎᑐᑦ ᢰᢱ");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void theRunSheetGoesFromDepartureToReturn() throws IOException {
        String text = text(write(CocktailPrints.What.RUNSHEET, GuestSelection.ALL)).replace("\n", " ");
        // 17:00 − 0:45 − 3:30 = 12:45; back 19:15 + 3:30 = 22:45
        assertThat(text).contains("12:45", "Départ de Bureau de Rimouski", "17:00", "Salon rouge", "22:45",
                "Harold LeBel", "Autobus scolaire", "Marie-Ève Tremblay (2)", "Julie Paré", "Rubans vert et blanc",
                "18:00", "Remise des certificats de reconnaissance\u00a0: Carrefour jeunesse-emploi Rimouski-Neigette");
    }

    @Test
    void pdffontsSeesEveryFontEmbedded() throws Exception {
        Path pdf = write(CocktailPrints.What.BADGES, GuestSelection.ALL);
        Process p;
        try {
            p = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assertions.assertNull(System.getenv("CI"), "pdffonts (poppler-utils) is needed on CI");
            org.junit.jupiter.api.Assumptions.abort("pdffonts (poppler-utils) not installed: skipped outside CI");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        List<String> fonts = out.lines().skip(2).toList();
        assertThat(fonts).isNotEmpty().allSatisfy(line -> assertThat(line).matches(".*\\syes\\s+yes\\s+yes\\s.*"));
        assertThat(out).contains("DejaVuSans-Bold", "NotoSansCanadianAboriginal");
    }

    @Test
    void aFontIsLoadedOncePerDocument() throws IOException {
        List<Guest> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(Guest.named("Invité·e numéro " + i).withId(i + 1));
        }
        PrintData base = data();
        PrintData big = base.forGuests(many);
        Path out = dir.resolve("many.pdf");
        CocktailDocuments.writePdf(CocktailPrints.What.BADGES, GuestSelection.ALL, big, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(10);
            var first = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next());
            var last = doc.getPage(9).getResources().getFont(doc.getPage(9).getResources().getFontNames()
                    .iterator().next());
            assertThat(first.getCOSObject()).isSameAs(last.getCOSObject());
        }
        assertThat(Files.size(out)).isLessThan(200_000);
    }
}
