package qc.trousse.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.office.SocialHandles;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A 2020 office carried into JPS 2027 headless: the new file says 2027 everywhere, the old one is untouched. */
class EditionCommandsTest {
    @TempDir
    Path dir;
    private Path old;
    private Path made;

    @BeforeEach
    void anOfficeOf2020() throws Exception {
        I18n.setLanguage(Lang.FR);
        old = dir.resolve("bureau-2020.db");
        made = dir.resolve("bureau-2027.db");
        try (Session s = new Session(DataFile.open(old), Editions.shipped(), Ridings.load())) {
            s.office().update("mna", p -> p.withMnaName("Harold LeBel").withRegion("Bas-Saint-Laurent")
                    .withStaff(List.of("Julie Gagnon", "Marc Roy"))
                    .withHandles(SocialHandles.NONE.withX("@HaroldLeBel")));
            Guest g = s.guests().add(Guest.named("Marie-Ève Tremblay").withOrganisation("École Paul-Hubert"));
            s.guests().setRsvp(g.id(), RsvpState.CONFIRMED);
            s.recipients().importAll(List.of(Recipient.of(RecipientKind.PERSON, "Léa Roy", "Persévérance",
                    LocalDate.of(2020, 2, 19))));
        }
    }

    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    private CliRun on(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void listGivesEveryShippedEditionAndSaysWhatIsNotAnnounced() {
        CliRun run = CliRun.of("edition", "list");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(8);
        assertThat(run.out()).contains("2020\tdu 17 au 21 février 2020\tNos gestes, un + pour leur réussite!",
                "2027\tdu 15 au 19 février 2027 (à confirmer)\tà confirmer\tfournie avec l’application",
                "2021\tdu 15 au 19 février 2021\tà confirmer");
    }

    @Test
    void anOfficeCarriedInto2027KeepsItsOfficeAndStartsAFreshWeek() throws Exception {
        String before = EditionFiles.sha(old);
        CliRun run = on(made, "edition", "new", "--year", "2027", "--from", old.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(EditionFiles.sha(old)).isEqualTo(before);
        assertThat(dir.resolve("bureau-2027.db.partial")).doesNotExist();

        CliRun show = on(made, "edition", "show");
        assertThat(show.out()).contains("Journées de la persévérance scolaire 2027 — fournie avec l’application",
                "Semaine\u00a0: du 15 au 19 février 2027 (à confirmer)", "Thème\u00a0: à confirmer",
                "Mots-clics\u00a0: #JPS2027", "Porte-parole\u00a0: à confirmer",
                "Cocktail à l’Assemblée nationale\u00a0: mardi 16 février 2027 (proposé, à confirmer)",
                "repris de l’édition 2020");
        try (Session s = new Session(DataFile.open(made), Editions.shipped(), Ridings.load())) {
            assertThat(s.edition().year()).isEqualTo(2027);
            assertThat(s.office().profile().mnaName()).isEqualTo("Harold LeBel");
            assertThat(s.office().profile().staff()).containsExactly("Julie Gagnon", "Marc Roy");
            assertThat(s.office().profile().handles().x()).isEqualTo("@HaroldLeBel");
            assertThat(s.guests().all()).singleElement().satisfies(g -> {
                assertThat(g.name()).isEqualTo("Marie-Ève Tremblay");
                assertThat(g.rsvp()).isEqualTo(RsvpState.INVITED);
            });
            assertThat(s.recipients().all()).isEmpty();
            assertThat(s.gestures().all()).isEmpty();
            assertThat(s.fileId()).isNotEqualTo(fileIdOf(old));
        }
    }

    private static String fileIdOf(Path file) throws Exception {
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            return s.fileId();
        }
    }

    @Test
    void theCalendarCertificatesAndReportOf2027Say2027() throws Exception {
        assertThat(on(made, "edition", "new", "--year", "2027", "--from", old.toString()).exit()).isZero();
        Path ics27 = dir.resolve("c27.ics");
        Path ics20 = dir.resolve("c20.ics");
        assertThat(on(made, "cocktail", "ics", "--out", ics27.toString()).exit()).isZero();
        assertThat(on(old, "cocktail", "ics", "--out", ics20.toString()).exit()).isZero();
        String text27 = Files.readString(ics27);
        assertThat(text27).contains("DTSTART;TZID=America/Toronto:20270216T170000").doesNotContain("2020021");
        assertThat(uid(text27)).startsWith("cocktail-2027-").isNotEqualTo(uid(Files.readString(ics20)));
        assertThat(uid(Files.readString(ics20))).startsWith("cocktail-2020-");

        Path pdf = dir.resolve("c.pdf");
        CliRun cert = on(made, "certificates", "pdf", "--out", pdf.toString(), "--name", "Léa Roy");
        assertThat(cert.exit()).as(cert.err()).isZero();
        assertThat(pdfText(pdf)).contains("2027", "#JPS2027").doesNotContain("2020");

        Path report = dir.resolve("bilan.pdf");
        assertThat(on(made, "report", "--out", report.toString()).exit()).isZero();
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).contains("2027").doesNotContain("2020");
        }
    }

    private static String uid(String ics) {
        Matcher m = Pattern.compile("UID:(\\S+)").matcher(ics);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theAssemblyEventIsSetOnceAnnouncedAndOnlyInsideTheWeek() {
        assertThat(on(made, "edition", "new", "--year", "2027", "--first-day", "2027-02-15", "--theme",
                "Un thème annoncé").exit()).isZero();
        CliRun outside = on(made, "cocktail", "set", "--date", "2027-02-23");
        assertThat(outside.exit()).isEqualTo(1);
        assertThat(outside.err()).contains("2027-02-23", "JPS 2027", "Rien n’a été modifié");
        CliRun set = on(made, "cocktail", "set", "--date", "2027-02-17", "--start", "16:30", "--place", "Salon rouge");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(on(made, "edition", "show").out()).contains("Semaine\u00a0: du 15 au 19 février 2027\n",
                "Thème\u00a0: Un thème annoncé", "Cocktail à l’Assemblée nationale\u00a0: mercredi 17 février 2027\n");
        assertThat(on(made, "cocktail", "show").out()).contains("mercredi 17 février 2027, de 16:30 à 19:00",
                "Salon rouge");
    }

    @Test
    void badInputIsOneSentenceAndMakesNoFile() throws Exception {
        CliRun tuesday = on(made, "edition", "new", "--year", "2027", "--first-day", "2027-02-16");
        assertThat(tuesday.exit()).isEqualTo(1);
        assertThat(tuesday.err().strip()).contains("clé «\u00a0start\u00a0»", "n’est pas un lundi").doesNotContain("\n");
        assertThat(made).doesNotExist();

        Path damaged = dir.resolve("abime.db");
        Files.write(damaged, "SQLite format 3\0 rien de plus".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun fromDamaged = on(made, "edition", "new", "--year", "2027", "--from", damaged.toString());
        assertThat(fromDamaged.exit()).isEqualTo(1);
        assertThat(fromDamaged.err()).contains("abime.db");
        assertThat(made).doesNotExist();

        Path otherYear = dir.resolve("campagne.properties");
        Files.writeString(otherYear, Editions.shipped().text(2026).orElseThrow());
        CliRun wrongCampaign = on(made, "edition", "new", "--year", "2027", "--campaign", otherYear.toString());
        assertThat(wrongCampaign.err()).contains("campagne.properties", "«\u00a0year\u00a0»", "autre édition que 2027");
        assertThat(made).doesNotExist();

        CliRun overOld = on(old, "edition", "new", "--year", "2027");
        assertThat(overOld.exit()).isEqualTo(1);
        assertThat(overOld.err()).contains("existe déjà");
    }

    @Test
    void anEditionTheAppDoesNotShipIsProposedInTheThirdWeekOfFebruary() {
        assertThat(on(made, "edition", "new", "--year", "2028", "--from", old.toString()).exit()).isZero();
        assertThat(on(made, "edition", "show").out()).contains("scolaire 2028 — fichier de campagne propre",
                "du 21 au 25 février 2028 (à confirmer)", "#JPS2028", "repris de l’édition 2020");
    }
}
